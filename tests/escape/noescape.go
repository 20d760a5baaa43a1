// errorcheck -m
// Allocations and addresses that never leave the frame stay on the stack.
package main

type Point struct{ X, Y int }

func sum(p *Point) int { return p.X + p.Y } // ERROR "p does not escape"

func total(xs []int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func swap(a, b *int) { // ERROR "a does not escape" "b does not escape"
	*a, *b = *b, *a
}

func main() {
	p := &Point{1, 2} // ERROR "&Point{...} does not escape"
	n := new(int) // ERROR "new\(int\) does not escape"
	*n = sum(p)
	xs := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape"
	ys := make([]int, 4) // ERROR "make\(\[\]int, 4\) does not escape"
	copy(ys, xs)
	a, b := 5, 6
	swap(&a, &b)
	var pt Point
	pp := &pt
	pp.X = 9
	arr := [3]int{7, 8, 9}
	sl := arr[:]
	println(*n, total(xs), total(ys), a, b, pt.X, total(sl))
}
