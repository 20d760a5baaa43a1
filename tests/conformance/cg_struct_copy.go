// Struct values copy on assignment; pointers share (codegen's first end-to-end program).
package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, p.Y, q.X, q.Y)
	pp := &p
	pp.Y = 7
	println(p.Y, (*pp).X)
	var a [3]int
	a[1] = 5
	i := 2
	a[i] = 9
	println(a[0], a[1], a[2], len(a))
	println(p == q, p != q)
}
