// Golden: two goroutines, each with its own 2 KiB stack that grows on its
// own, parking on a channel until main receives what they computed.
package main

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + n
}

func worker(n int, results chan int) {
	results <- down(n)
}

func main() {
	results := make(chan int)
	go worker(40, results)
	go worker(5, results)
	a, b := <-results, <-results
	fmt.Println(a + b)
}
