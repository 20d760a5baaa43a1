// A panic in a goroutine started by another goroutine: its traceback ends
// with "created by main.spawn" (and, in today's Go, "in goroutine N", the
// creator's id). main is blocked meanwhile; the whole program ends.
package main

import "fmt"

func divide(a, b int, out chan<- int) {
	out <- a / b
}

func spawn(b int, out chan<- int) {
	go divide(10, b, out)
}

func main() {
	out := make(chan int)
	go spawn(2, out)
	fmt.Println(<-out)
	go spawn(0, out)
	fmt.Println(<-out)
}
