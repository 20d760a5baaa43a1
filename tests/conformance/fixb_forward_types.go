// Types that point to a type declared after them, which contains them by
// value (diff3 B12: govm reported "invalid recursive type A" unless B came
// first). A pointer, slice or map needs no size of its element, so none of
// these is a cycle; also go/test/fixedbugs/bug336.go's chains of defined
// types.
package main

import "fmt"

type T1 struct{ Next *T2 }
type T2 T1

type T3 struct{ Next *T4 }
type T4 T5
type T5 T6
type T6 T7
type T7 T3

type A struct {
	p  *B
	q  *B
	s  []C
	m  map[int]D
	m2 map[D]int
}
type B struct{ a A }
type C struct {
	a A
	n int
}
type D struct {
	x, y int
	a    *A
}

var x = A{}.p

// An alias, a map value and key, a cycle of pointers, a slice type, a
// pointer type.
type AA struct{ p *AB }
type AB = AA

type MC struct {
	m map[int]MD
	k map[ME]int
}
type MD struct {
	c MC
	k int
}
type ME struct {
	p *MC
	k int
}

type L1 struct {
	next *L2
	v    int
}
type L2 struct {
	prev *L1
	l1   L1
}

type S []S2
type S2 struct {
	s S
	n int
}

type P *Q
type Q struct {
	p P
	q [2]int
}

func main() {
	var b B
	b.a.p = &b
	fmt.Println(b.a.p.a.p == &b, x == nil)
	b.a.s = append(b.a.s, C{n: 3})
	fmt.Println(len(b.a.s), b.a.s[0].n)
	b.a.m = map[int]D{1: {x: 2, a: &b.a}}
	b.a.m2 = map[D]int{{y: 4}: 5}
	fmt.Println(b.a.m[1].a.p == &b, b.a.m2[D{y: 4}], len(b.a.m2))
	var t T1
	t.Next = &T2{}
	fmt.Println(t.Next.Next == nil)
	var t3 T3
	t3.Next = &T4{Next: &T4{}}
	fmt.Println(t3.Next.Next.Next)

	var aa AA
	aa.p = &aa
	fmt.Println(aa.p.p == &aa)
	var d MD
	d.c.m = map[int]MD{1: {k: 2}}
	d.c.k = map[ME]int{{k: 1}: 5}
	fmt.Println(len(d.c.m), d.c.m[1].k, d.c.k[ME{k: 1}])
	var l2 L2
	l2.l1.next = &l2
	fmt.Println(l2.l1.next.l1.next == &l2)
	s := S{{n: 1}, {s: S{{n: 3}}}}
	fmt.Println(len(s), s[1].s[0].n)
	var q Q
	q.p = &q
	fmt.Println(q.p.q, (*q.p).p == &q)
}
