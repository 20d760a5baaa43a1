// const with iota: groups, implicit repetition of the last expression,
// skipping with _, expressions like 1 << iota, several iotas on one line,
// typed constant groups, and iota restarting in each group.
package main

import "fmt"

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagA uint8 = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = 100
	y
	z = iota + x
	w
)

const one = iota

const (
	s0 = "s" + "0"
	s1
	n1 = len(s0) + iota
)

const (
	big   = 1 << 62
	neg   = -big
	mixed = big>>60 + 'a'
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC|FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(one)
	fmt.Println(s0, s1, n1)
	fmt.Println(big, neg, mixed)
	const local = iota + 7
	fmt.Println(local)
	const (
		p = iota * iota
		q
		r
		t
	)
	fmt.Println(p, q, r, t)
	var flags uint8 = FlagB | FlagD
	fmt.Println(flags&FlagB != 0, flags&FlagC != 0)
}
