// errorcheck -m
// gc's outlives rule: an address stored in a variable declared outside
// the loop it was taken in escapes, even when nothing leaves the function
// (each iteration would otherwise reuse the same stack slot).
package main

func outside() int {
	var last *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x"
		last = &x
	}
	return *last
}

func inside() int {
	sum := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		sum += *p
	}
	return sum
}

func newInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap"
		*p = i
	}
	return *p
}

func newSameDepth() int {
	p := new(int) // ERROR "new\(int\) does not escape"
	for i := 0; i < 3; i++ {
		*p += i
	}
	return *p
}

func nested() int {
	total := 0
	for i := 0; i < 2; i++ {
		var q *int
		for j := 0; j < 2; j++ {
			y := i + j // ERROR "moved to heap: y"
			q = &y
		}
		total += *q
	}
	return total
}

func rangeVar() int {
	xs := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape"
	var p *int
	for _, v := range xs { // ERROR "moved to heap: v" // govm differs: Go 1.22 gives each iteration its own v, so &v kept past the iteration moves it (gc 1.19 has one v per loop)
		p = &v
	}
	return *p
}

func main() {
	println(outside(), inside(), newInLoop(), newSameDepth(), nested(), rangeVar())
}
