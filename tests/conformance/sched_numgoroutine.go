// runtime.NumGoroutine counts the goroutines that exist: main alone is 1;
// five goroutines blocked on a channel make 6; once released they exit and
// the count goes back to 1 (main yields with runtime.Gosched until it has).
package main

import (
	"fmt"
	"runtime"
)

func wait(gate chan bool, done chan int, id int) {
	<-gate
	done <- id
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	gate := make(chan bool)
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go wait(gate, done, i)
	}
	fmt.Println("started:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(gate)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	fmt.Println("ids sum:", sum)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("end:", runtime.NumGoroutine())
}
