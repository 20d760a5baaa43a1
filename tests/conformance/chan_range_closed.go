// for range over a channel receives until the channel is closed and
// drained: over an already-closed buffered channel it yields the buffered
// values; over a channel a goroutine closes later it ends at the close.
package main

import "fmt"

func countdown(from int, out chan<- int) {
	for i := from; i > 0; i-- {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * 11
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	empty := make(chan int)
	close(empty)
	n := 0
	for range empty {
		n++
	}
	fmt.Println("iterations over closed empty channel:", n)

	c2 := make(chan int)
	go countdown(5, c2)
	for v := range c2 {
		fmt.Print(v, " ")
	}
	fmt.Println("liftoff")
}
