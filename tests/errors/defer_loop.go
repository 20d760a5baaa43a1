// A deferred call in a loop whose argument was allocated on the stack:
// gc 1.19 rebuilds such a literal when the deferred call runs, from values
// saved at the statement; govm would share its frame slot between the
// iterations, and refuses it for now (issue 6).
//
// go 1.19 builds this file without errors.

package main

func show(xs []int) { println(len(xs), xs[0]) }

func main() {
	for i := 1; i < 3; i++ {
		defer show([]int{i, i * 10}) // ERROR "govm does not support values allocated on the stack as arguments of a deferred call in a loop yet"
		defer show(make([]int, i))   // fine: its size is not constant, so it is on the heap
	}
	defer show([]int{7}) // fine: outside loops the literal's slot is the statement's own
}
