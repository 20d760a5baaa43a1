// errorcheck -m
// How gc spells types in -m lines (diff3 B4): from the type, not the
// source: struct fields one by one (struct { x int; y int }), [...] and
// constant lengths as numbers, an alias resolved, byte and rune kept as
// written, tags quoted; inside a constant expression (unsafe.Sizeof of a
// literal) the source as its syntax printer spells it. And package
// variables: gc's staticinit lays out a composite literal (array, slice,
// struct, or the one behind &) in data whatever its elements, and
// []byte/[]rune of a constant string too; only the other elements, and
// map literals, become code, which escape analysis sees.
package main

import (
	"fmt"
	"unsafe"
)

const n = 2

type B = []int

type E struct{ a int }

type T struct {
	N    int
	Next *T
	Tags []string
	P    *int
}

func f() int { return 1 }

var x = 5

var (
	a  = &T{1, nil, []string{"h"}, new(int)} // ERROR "new\(int\) escapes to heap"
	b  = T{N: f(), Tags: []string{"a", string(rune(f()))}} // ERROR "string\(rune\(f\(\)\)\) escapes to heap"
	c  = []*T{{N: 1}, &T{N: f(), P: &x}}
	d  = [2][]int{{1}, make([]int, f())} // ERROR "make\(\[\]int, f\(\)\) escapes to heap"
	e  = []byte("abc")
	s  = "x"
	e2 = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
	m  = &map[int]int{1: 2} // ERROR "map\[int\]int{...} escapes to heap"
	q  = &[]int{f()}
	st = struct{ x, y int }{f(), 2}
	ps = &struct{ x, y int }{f(), 2}
	r  = []rune("hé")
	nt = new(T) // ERROR "new\(T\) escapes to heap"
)

func main() {
	p := &struct{ x, y int }{1, 2} // ERROR "&struct { x int; y int }{...} escapes to heap"
	pa := &[...]int{1, 2, 3} // ERROR "&\[3\]int{...} escapes to heap"
	pb := &[n]byte{1} // ERROR "&\[2\]byte{...} escapes to heap"
	pc := &struct { // ERROR "&struct { E; b \[\]byte .json:\\.b\\..; c \*\[2\]rune; d \*\[2\]rune; m map\[string\]struct { u int; v int } }{} escapes to heap"
		E
		b    []byte `json:"b"`
		c, d *[n]rune
		m    map[string]struct{ u, v int }
	}{}
	pt := &B{1} // ERROR "&\[\]int{...} escapes to heap" "\[\]int{...} escapes to heap"
	u := []struct{ a, b int }{{1, 2}} // ERROR "\[\]struct { a int; b int }{...} escapes to heap"
	v := &[]struct{}{} // ERROR "&\[\]struct {}{} escapes to heap" "\[\]struct {}{} escapes to heap"
	fmt.Println(p, pa, pb, pc, pt, u, v, unsafe.Sizeof(struct { // ERROR "... argument does not escape" "u escapes to heap" "unsafe.Sizeof\(struct{a bool; b int16}{}\) escapes to heap"
		a bool
		b int16
	}{}))
	fmt.Println(a.N, b.N, c[1].N, d, e, e2, m, q, st, ps, r, nt) // ERROR "... argument does not escape" "a.N escapes to heap" "b.N escapes to heap" "c\[1\].N escapes to heap" "d escapes to heap" "e escapes to heap" "e2 escapes to heap" "r escapes to heap" "st escapes to heap"
}
