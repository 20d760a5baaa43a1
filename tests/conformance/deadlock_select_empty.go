// select {} blocks forever ("select (no cases)"); with a goroutine blocked
// in a select of its own over channels nobody uses ("select"), nothing can
// run, and the program dies with the deadlock error.
package main

import "fmt"

func wait2(a chan int, b chan bool) {
	select {
	case v := <-a:
		fmt.Println("a", v)
	case <-b:
		fmt.Println("b")
	}
}

func main() {
	go wait2(make(chan int), make(chan bool))
	fmt.Println("main blocks")
	select {}
}
