// String methods called by fmt in deferred fmt calls (in a loop and not),
// while a panic runs deferred calls, in another goroutine, and in the
// value given to panic.
package main

import "fmt"

type T int

func (t T) String() string { return fmt.Sprintf("T<%d>", int(t)) }

func work(ch chan string, t T) {
	ch <- fmt.Sprint(t, t+1)
}

func f() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", T(i))
	}
	defer fmt.Printf("%v %s\n", T(7), T(8))
	panic(fmt.Sprint(T(3)))
}

func main() {
	ch := make(chan string)
	go work(ch, 5)
	fmt.Println(<-ch)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}
