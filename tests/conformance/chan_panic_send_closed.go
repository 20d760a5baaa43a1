// A send on a closed channel panics in the sending goroutine, here main,
// after the buffered values were already received.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	ch <- 2
	fmt.Println("never")
}
