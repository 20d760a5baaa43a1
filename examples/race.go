// race.go: two goroutines increment one counter without a lock.
//
// counter++ is three instructions (load, add, store). When a goroutine's
// time slice ends between its load and its store, the other goroutine's
// increments in the meantime are lost when the first one stores its stale
// value back. Real Go, on several cores, loses some on almost every run,
// a different number each time; `go run -race` reports the race.
//
// govm runs on one thread but preempts a goroutine after --preempt
// instructions (default 10000), wherever it is: so the race shows here
// too, and deterministically. The same run prints the same total every
// time; `--sched-seed S` varies the slices and the order, reproducibly:
//
//	govm run examples/race.go                  # always the same total
//	govm run --sched-seed 1 examples/race.go   # another total, the same each time
//	govm run --preempt 0 examples/race.go      # no preemption: 200000, no race
//
// The fix is a sync.Mutex around counter++ (or a channel): then every
// seed prints 200000.
package main

import "fmt"

var counter int

func add(n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		counter++
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go add(100000, done)
	go add(100000, done)
	<-done
	<-done
	fmt.Println("counter:", counter)
}
