// A worker pool: 4 workers read jobs from a buffered channel and send
// results to another; a WaitGroup tells a closer goroutine when all workers
// are done, so that main's range over the results ends. Which worker does
// which job varies with scheduling, so main sorts the results and sums the
// per-worker counts instead of printing them as they arrive.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job    int
	value  int
	worker int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- result{job: j, value: collatz(j), worker: id}
	}
	wg.Done()
}

func closeWhenDone(wg *sync.WaitGroup, results chan result) {
	wg.Wait()
	close(results)
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 30; j++ {
		jobs <- j
	}
	close(jobs)
	go closeWhenDone(&wg, results)

	var byJob [31]int
	perWorker := make(map[int]int)
	count := 0
	for r := range results {
		byJob[r.job] = r.value
		perWorker[r.worker]++
		count++
	}
	for j := 1; j <= 30; j++ {
		fmt.Printf("collatz(%d) = %d\n", j, byJob[j])
	}
	total := 0
	for w := 1; w <= 4; w++ {
		total += perWorker[w]
	}
	fmt.Println("results:", count, "counted per worker:", total)
}
