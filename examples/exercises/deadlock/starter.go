// Three workers square the numbers 1 to 10; main adds the squares up.
// Run it: it never prints the sum. Fix it so that it prints
//
//	sum of squares: 385
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
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
