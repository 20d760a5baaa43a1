// When main returns the program ends, exit status 0, whatever the other
// goroutines are doing: here three are blocked forever on a channel and one
// is blocked on a nil channel.
package main

import "fmt"

func block(ch chan int) {
	<-ch
	fmt.Println("never")
}

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go block(ch)
	}
	var nilch chan int
	go block(nilch)
	fmt.Println("main returns")
}
