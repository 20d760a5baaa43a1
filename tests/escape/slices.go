// errorcheck -m
// append, copy and maps: appended values and map keys and values are
// stored in memory that may be on the heap, so they leak there.
package main

func appendPtr(xs []*int) []*int { // ERROR "leaking param content: xs" "leaking param: xs to result ~r0 level=0"
	x := 1 // ERROR "moved to heap: x"
	return append(xs, &x)
}

func appendInts(xs []int, n int) []int { // ERROR "leaking param: xs to result ~r0 level=0"
	return append(xs, n)
}

func grow() int {
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i)
	}
	return len(xs)
}

func mapPtr() int {
	m := make(map[int]*int) // ERROR "make\(map\[int\]\*int\) does not escape"
	v := 5 // ERROR "moved to heap: v"
	m[1] = &v
	return *m[1]
}

func copyPtrs(dst, src []*int) int { return copy(dst, src) } // ERROR "dst does not escape" "leaking param content: src"

func subslice(xs []int) []int { return xs[1:] } // ERROR "leaking param: xs to result ~r0 level=0"

func main() {
	ys := appendPtr(nil)
	zs := appendInts([]int{1}, 2) // ERROR "\[\]int{...} does not escape"
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	dst := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape"
	n := copyPtrs(dst, []*int{&a, &b}) // ERROR "\[\]\*int{...} does not escape"
	println(*ys[0], len(zs), grow(), mapPtr(), n, len(subslice([]int{1, 2, 3}))) // ERROR "\[\]int{...} does not escape"
}
