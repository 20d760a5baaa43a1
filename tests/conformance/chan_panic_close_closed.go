// Closing a channel twice panics; the first close succeeded, so the
// receive between the two reports a closed channel.
package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "last"
	close(ch)
	fmt.Println(<-ch)
	s, ok := <-ch
	fmt.Printf("%q %v\n", s, ok)
	close(ch)
	fmt.Println("never")
}
