// Stepping through closures and an interface: counter's closure captures
// n by reference, so n moves to the heap and the closure object (its
// funcval: code address, then &n) escapes with it; newShape boxes a rect
// in an interface, which escapes too; add's closure does not escape, so
// the sum it captures by reference stays in main's frame.
package main

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func newShape(w, h int) shape {
	return rect{w, h}
}

func main() {
	next := counter()
	next()
	s := newShape(3, next())
	sum := 0
	add := func(k int) {
		sum += k
	}
	add(s.area())
	println(next(), sum)
}
