// 100,000 goroutines, each blocked on one channel until main closes it, then
// joined with a WaitGroup. A functional test of many goroutines (their
// stacks, the run queue and the channel's wait queue), not a timed one.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func waitGate(gate chan bool, wg *sync.WaitGroup, sum *int, mu *sync.Mutex, id int) {
	<-gate
	mu.Lock()
	*sum += id
	mu.Unlock()
	wg.Done()
}

func main() {
	const n = 100000
	gate := make(chan bool)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go waitGate(gate, &wg, &sum, &mu, i)
	}
	fmt.Println("created:", runtime.NumGoroutine() == n+1)
	close(gate)
	wg.Wait()
	fmt.Println("joined, sum", sum, sum == n*(n+1)/2)
}
