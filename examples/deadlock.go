// deadlock.go: when every goroutine is blocked, nothing can ever wake one
// of them, and Go ends the program.
//
// Run `govm run examples/deadlock.go` (or `go run`): after the two lines
// of output it prints, on stderr, and exits with status 2:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [sync.WaitGroup.Wait]:
//	...
//	goroutine 2 [chan send]:
//	main.producer(...)
//	...
//	created by main.main in goroutine 1
//
// What happened: the producer sends three values on a channel with room
// for two, and main waits for the producer to finish before it receives
// anything. The producer blocks on its third send (a full buffer, no
// receiver: "chan send"), main blocks in wg.Wait (the counter is still 1);
// no goroutine can run, so the runtime's deadlock check (checkdead) fires
// and prints every goroutine with what it is waiting for. (Go 1.19 names
// main's wait "semacquire"; today's Go, which govm follows, says
// "sync.WaitGroup.Wait".)
//
// With `--trace-memory`, the go-park lines show the two goroutines parking,
// the last one just before the fatal error.
//
// The fix: receive while the producer sends (start the receiving loop
// before wg.Wait, or make the buffer large enough for every value).
package main

import (
	"fmt"
	"sync"
)

func producer(n int, out chan<- int, wg *sync.WaitGroup) {
	for i := 1; i <= n; i++ {
		out <- i
		fmt.Println("sent", i)
	}
	wg.Done()
}

func main() {
	out := make(chan int, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go producer(3, out, &wg)
	wg.Wait() // waits for a producer that waits for us
	for v := range out {
		fmt.Println("received", v)
	}
}
