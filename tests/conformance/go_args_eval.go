// A go statement evaluates the function's arguments when it runs, in the
// calling goroutine: later changes to the variables are not seen by the new
// goroutine. A pointer argument, by contrast, shares the variable: the
// goroutine reads it only after main says so (start), so it sees main's
// last write whatever the scheduling.
package main

import "fmt"

func report(x int, s string, arr [3]int, p *int, start <-chan bool, done chan<- bool) {
	<-start
	fmt.Println(x, s, arr, *p)
	done <- true
}

func next(n *int) int {
	*n++
	return *n
}

func main() {
	start := make(chan bool)
	done := make(chan bool)
	x := 1
	s := "before"
	arr := [3]int{1, 2, 3}
	shared := 10
	go report(x, s, arr, &shared, start, done)
	x = 2
	s = "after"
	arr[0] = 100
	shared = 20
	start <- true
	<-done

	k := 0
	go report(next(&k), "k", [3]int{next(&k), next(&k), next(&k)}, &k, start, done)
	k = 10
	start <- true
	<-done
	fmt.Println(x, s, arr, shared, k)
}
