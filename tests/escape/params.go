// errorcheck -m
// How each parameter leaks, as callers see it (no inlining: gc -l).
package main

type T struct {
	p *int
	n int
}

var sink *int
var tsink *T

func identity(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0"

func toHeap(p *int) { sink = p } // ERROR "leaking param: p"

func content(pp **int) { sink = *pp } // ERROR "leaking param content: pp"

func read(p *int) int { return *p } // ERROR "p does not escape"

func field(t *T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1"

func deref(t *T) T { return *t } // ERROR "leaking param: t to result ~r0 level=1"

func keepT(t *T) { tsink = t } // ERROR "leaking param: t"

func two(a, b *int) (*int, *int) { return b, a } // ERROR "leaking param: a to result ~r1 level=0" "leaking param: b to result ~r0 level=0"

func unused(p *int, n int) int { return n } // ERROR "p does not escape"

func main() {
	x, y, z := 1, 2, 3 // ERROR "moved to heap: y" "moved to heap: z"
	p := identity(&x)
	toHeap(&y)
	q := &z
	content(&q)
	w := 4
	r := read(&w)
	t := &T{n: 5} // ERROR "&T{...} does not escape"
	f := field(t)
	d := deref(t)
	keepT(&T{n: 6}) // ERROR "&T{...} escapes to heap"
	u, v := 7, 8
	a, b := two(&u, &v)
	println(*p, r, f == nil, d.n, *a, *b, unused(nil, 9))
}
