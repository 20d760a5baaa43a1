// A panic in a goroutine other than main ends the whole program: the
// goroutine indexes past the end of a slice while main is blocked waiting
// for its result. The traceback is the goroutine's own, ending with
// "created by main.main".
package main

import "fmt"

func pick(s []int, i int, out chan<- int) {
	out <- s[i]
}

func main() {
	s := []int{1, 2, 3}
	out := make(chan int)
	go pick(s, 1, out)
	fmt.Println("picked", <-out)
	go pick(s, 5, out)
	fmt.Println("never", <-out)
}
