// Package-level variables with and without initializers, of every basic
// type: zero values, constant initializers, and updates from functions.
package main

import "fmt"

var (
	i   int
	i8  int8
	u16 uint16
	u64 uint64
	s   string
	t   bool
	r   rune
	by  byte
	p   uintptr
)

var (
	ci        = 42
	cs        = "hello"
	ct        = true
	cneg int8 = -3
	chex      = 0xff
)

var count int

func bump(n int) {
	count += n
}

func main() {
	fmt.Println(i, i8, u16, u64, s == "", len(s), t, r, by, p)
	fmt.Printf("%q\n", s)
	fmt.Println(ci, cs, ct, cneg, chex)
	for k := 1; k <= 4; k++ {
		bump(k)
	}
	fmt.Println("count =", count)
	cs += ", world"
	ci = ci * 2
	t = !t
	fmt.Println(ci, cs, t)
}
