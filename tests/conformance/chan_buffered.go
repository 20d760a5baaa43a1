// Buffered channel semantics: len and cap, FIFO order, and a send to a full
// channel blocking until a receive makes room. main fills a 3-slot channel,
// starts a sender whose fourth value must wait, checks (with select default)
// that the buffer is still full, then receives and lets the sender finish.
package main

import "fmt"

func sendOne(ch chan int, v int, done chan bool) {
	ch <- v
	done <- true
}

func main() {
	ch := make(chan int, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- 10
	ch <- 20
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- 30
	fmt.Println("len", len(ch), "cap", cap(ch))

	done := make(chan bool)
	go sendOne(ch, 40, done)
	select {
	case <-done:
		fmt.Println("sender finished with a full buffer")
	default:
		fmt.Println("sender is blocked")
	}
	fmt.Println("first out:", <-ch)
	<-done
	fmt.Println("sender done, len", len(ch))
	for len(ch) > 0 {
		fmt.Println("out:", <-ch)
	}

	var s chan string = make(chan string, 5)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	for _, w := range words {
		s <- w
	}
	close(s)
	fmt.Println("closed with", len(s), "buffered")
	for w := range s {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println("len", len(s), "cap", cap(s))
}
