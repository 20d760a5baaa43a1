// Deferred calls in a goroutine, and a panic recovered inside it: the
// rest of the program goes on.
package main

import "fmt"

func done(ch chan string, name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
		ch <- name + " stopped"
		return
	}
	ch <- name + " finished"
}

func worker(ch chan string, name string, fail bool) {
	defer done(ch, name)
	if fail {
		panic("worker failed")
	}
}

func main() {
	ch := make(chan string)
	go worker(ch, "w1", false)
	fmt.Println(<-ch)
	go worker(ch, "w2", true)
	fmt.Println(<-ch)
}
