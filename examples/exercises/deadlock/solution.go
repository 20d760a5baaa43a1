// Three workers square the numbers 1 to 10; main adds the squares up.
//
// The fix: main receives the results while the workers send them. Waiting
// for the workers (and closing results after them) moves to a goroutine of
// its own, so that main's range loop ends when the last worker is done.
package main

import (
	"fmt"
	"sync"
)

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	for n := range jobs {
		results <- n * n
	}
	wg.Done()
}

func closeWhenDone(wg *sync.WaitGroup, results chan<- int) {
	wg.Wait()
	close(results)
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for n := 1; n <= 10; n++ {
		jobs <- n
	}
	close(jobs)
	go closeWhenDone(&wg, results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
