// Producer/consumer over an unbuffered channel: the producer sends 1..10 and
// closes; main receives until the channel is closed (comma-ok) and prints
// each value as it comes. An unbuffered send completes only when main takes
// the value, so the order is the producer's order on every run.
package main

import "fmt"

func produce(n int, out chan int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go produce(10, ch)
	sum := 0
	for {
		v, ok := <-ch
		if !ok {
			break
		}
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
}
