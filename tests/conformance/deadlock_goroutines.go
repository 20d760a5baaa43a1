// Every goroutine blocked: main waits to receive on one channel while two
// goroutines wait to send on another, whose one-slot buffer main filled
// first. The fatal error lists each goroutine, in creation order, with its
// wait reason and a "created by" line for the two main started.
package main

import "fmt"

func stuckSender(ch chan int, v int) {
	ch <- v
}

func main() {
	in := make(chan int)
	out := make(chan int, 1)
	out <- 0
	go stuckSender(out, 10)
	go stuckSender(out, 20)
	fmt.Println("main waits")
	fmt.Println(<-in)
}
