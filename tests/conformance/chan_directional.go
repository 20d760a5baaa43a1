// Directional channel types: a bidirectional channel converts implicitly to
// send-only and receive-only parameter types; a request/response protocol
// sends a reply channel inside the request (a channel of channels).
package main

import "fmt"

type request struct {
	n     int
	reply chan<- int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func ask(reqs chan<- request, n int) int {
	reply := make(chan int)
	reqs <- request{n, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		fmt.Println(i, "->", ask(reqs, i))
	}
	close(reqs)

	chans := make(chan chan int, 2)
	a := make(chan int, 1)
	chans <- a
	chans <- nil
	got := <-chans
	got <- 42
	fmt.Println(<-a, len(chans), cap(chans))
	fmt.Println(<-chans == nil)
	var ro <-chan int = a
	var so chan<- int = a
	so <- 7
	fmt.Println(<-ro, len(ro), cap(so))
}
