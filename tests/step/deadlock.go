// Stepping into a deadlock: a worker waits on a channel nobody sends on.
package main

func worker(c chan int, done chan bool) {
	v := <-c
	done <- v > 0
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go worker(c, done)
	<-done
}
