// Closing a nil channel panics.
package main

import "fmt"

func shut(ch chan bool) {
	close(ch)
}

func main() {
	var ch chan bool
	fmt.Println("closing", ch == nil)
	shut(ch)
	fmt.Println("never")
}
