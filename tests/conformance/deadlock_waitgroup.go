// All goroutines blocked on a WaitGroup whose counter never reaches zero:
// main and two helpers wait, nobody calls Done. Only the first line of
// stderr is compared: the wait reason is "semacquire" in Go 1.19 and
// "sync.WaitGroup.Wait" in today's Go (which govm follows), and the
// traceback passes through package sync's own frames.
package main

import (
	"fmt"
	"sync"
)

func waiter(wg *sync.WaitGroup, done chan<- bool) {
	wg.Wait()
	done <- true
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go waiter(&wg, done)
	go waiter(&wg, done)
	fmt.Println("waiting for nobody")
	wg.Wait()
	fmt.Println("never")
}
