// A WaitGroup can be reused once its counter is back to zero; Add may take
// any delta, negative ones too; Wait on a zero counter returns at once.
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, results chan<- int) {
	results <- id * id
	wg.Done()
}

func round(n int, wg *sync.WaitGroup) int {
	results := make(chan int, n)
	wg.Add(n)
	for i := 1; i <= n; i++ {
		go work(i, wg, results)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("zero counter: Wait returned")
	for n := 1; n <= 4; n++ {
		fmt.Println("round", n, "sum of squares", round(n, &wg))
	}
	wg.Add(5)
	wg.Add(-3)
	wg.Done()
	wg.Add(-1)
	wg.Wait()
	fmt.Println("5 - 3 - 1 - 1 = 0: Wait returned")
}
