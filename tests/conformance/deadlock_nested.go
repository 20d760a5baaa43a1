// A deadlock deep in calls: each goroutine blocks three calls down, so the
// fatal error's tracebacks list every frame, innermost first, for main and
// for the goroutine (with its "created by" line).
package main

import "fmt"

func level3(ch chan int) int {
	return <-ch
}

func level2(ch chan int) int {
	return level3(ch) + 1
}

func level1(ch chan int) int {
	return level2(ch) + 1
}

func worker(in chan int, out chan int) {
	out <- level1(in)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go worker(in, out)
	fmt.Println("waiting")
	fmt.Println(level1(out))
}
