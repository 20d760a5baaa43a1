// Slices, maps and pointers compared with nil as branch conditions: if, for,
// switch cases, && / || and ! (diff3 B9).
package main

import "fmt"

type T struct{ next *T }

func mk(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

func main() {
	var s []int
	x := 0
	if s == nil {
		x = 1
	}
	if nil == s {
		x += 10
	}
	if s != nil || x == 0 {
		x = 100
	}
	if x == 11 && s == nil {
		x += 1000
	}
	if !(s == nil) {
		x = -1
	}
	fmt.Println(x)

	e := []int{}
	switch {
	case e == nil:
		fmt.Println("e nil")
	case e != nil && len(e) == 0:
		fmt.Println("e empty, not nil")
	}

	n := 0
	for q := mk(3); q != nil; q = q[1:] {
		n++
		if len(q) == 1 {
			q = nil
			break
		}
	}
	fmt.Println(n, mk(0) == nil, mk(2) != nil)
	if mk(0) == nil && mk(1) != nil {
		fmt.Println("calls")
	}

	var m map[string]int
	if m == nil {
		m = map[string]int{"a": 1}
	}
	if m != nil {
		fmt.Println(m)
	}

	l := &T{&T{&T{}}}
	k := 0
	for p := l; p != nil; p = p.next {
		k++
	}
	fmt.Println(k)

	var bs []byte
	cnt := 0
	for bs == nil || len(bs) < 3 {
		bs = append(bs, 'x')
		cnt++
	}
	fmt.Println(cnt, string(bs))
}
