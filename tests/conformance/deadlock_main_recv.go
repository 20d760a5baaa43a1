// main receives from a channel nobody will ever send on, and no other
// goroutine exists: Go's deadlock detector ends the program with a fatal
// error and main's traceback, wait reason "chan receive", exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	v := <-ch
	fmt.Println("never", v)
}
