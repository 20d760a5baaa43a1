// Two goroutines hand a ball back and forth over unbuffered channels: each
// send waits for the other side's receive, so the order is fixed.
package main

import "fmt"

type ball struct {
	hits int
	last string
}

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		b.last = name
		fmt.Println(name, b.hits)
		if b.hits >= 7 {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	ping := make(chan *ball)
	pong := make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- &ball{}
	winner := <-done
	fmt.Println("last hit by", winner)
}
