// A sleeping main is not a deadlock: while main sleeps, the other
// goroutines run (one finishes, one blocks forever on a channel), and when
// main wakes up and returns the program ends normally, exit status 0.
package main

import (
	"fmt"
	"time"
)

func quick(out chan<- string) {
	out <- "quick done"
}

func forever(ch chan int) {
	<-ch
}

func main() {
	out := make(chan string, 1)
	go quick(out)
	go forever(make(chan int))
	time.Sleep(50 * time.Millisecond)
	fmt.Println(<-out)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
