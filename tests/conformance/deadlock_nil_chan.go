// A nil channel blocks forever: a goroutine sends on one, and main receives
// from another. The wait reasons say so: "chan send (nil chan)" and
// "chan receive (nil chan)".
package main

import "fmt"

func sendNil(ch chan int) {
	ch <- 1
}

func main() {
	var a chan int
	var b chan string
	go sendNil(a)
	fmt.Println("nil channels:", a == nil, b == nil)
	s := <-b
	fmt.Println("never", s)
}
