// Pointers: new, &, *, nil comparison, pointers to pointers, swap through
// pointers, and a pointer keeping a local alive after its function returns.
package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func inc(p *int) {
	*p++
}

func newCounter(start int) *int {
	n := start
	return &n
}

func main() {
	var p *int
	fmt.Println("p == nil:", p == nil)
	fmt.Printf("%v %d\n", p, 0)

	x := 10
	p = &x
	fmt.Println("p == nil:", p == nil, "*p =", *p)
	*p = 20
	fmt.Println("x =", x)
	inc(&x)
	inc(p)
	fmt.Println("x after two incs =", x)

	q := new(int)
	fmt.Println("*q =", *q, "q == p:", q == p)
	*q = 7
	r := q
	*r += 1
	fmt.Println("*q =", *q, "q == r:", q == r)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println("after swap:", a, b)

	pp := &p
	**pp = 99
	fmt.Println("x via **pp:", x, *p == **pp)
	*pp = q
	fmt.Println("p now points at q's int:", *p, p == q)

	c1 := newCounter(5)
	c2 := newCounter(5)
	fmt.Println("distinct locals:", c1 != c2, *c1 == *c2)
	inc(c1)
	fmt.Println(*c1, *c2)

	s := new(string)
	fmt.Printf("%q\n", *s)
	*s = "hello"
	t := s
	*t += ", world"
	fmt.Println(*s)

	bp := new(bool)
	*bp = !*bp
	fmt.Println(*bp)
}
