// errorcheck -m
// An address stored in an object that is itself on the heap (or behind a
// parameter) escapes with it.
package main

type Box struct {
	p *int
}

func store(b *Box) { // ERROR "b does not escape"
	x := 10 // ERROR "moved to heap: x"
	b.p = &x
}

func storeLocal() int {
	x := 20
	var b Box
	b.p = &x
	return *b.p
}

func storeThrough(pp **int) { // ERROR "pp does not escape"
	y := 30 // ERROR "moved to heap: y"
	*pp = &y
}

func newBox() *Box {
	z := 40 // ERROR "moved to heap: z"
	return &Box{p: &z} // ERROR "&Box{...} escapes to heap"
}

func main() {
	b := &Box{} // ERROR "&Box{} does not escape"
	store(b)
	var q *int
	storeThrough(&q)
	println(*b.p, storeLocal(), *q, *newBox().p)
}
