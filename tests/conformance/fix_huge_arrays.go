// Arrays with 2^31 elements or more, used without their memory: through
// nil pointers and with zero-size elements. Their lengths take 64 bits in
// range loops and bounds checks (diff3 B16, B17).
package main

import "fmt"

func main() {
	var p *[1<<32 + 3]int
	n := 0
	for i := range p {
		n++
		if i >= 5 {
			break
		}
	}
	fmt.Println(len(p), n)

	var q *[1 << 31]byte
	n = 0
	for i := range q {
		n++
		if i >= 5 {
			break
		}
	}
	fmt.Println(len(q), n)

	var r *[1<<32 - 1]bool
	n = 0
	for range r {
		n++
		if n > 5 {
			break
		}
	}
	fmt.Println(n)

	var e [1 << 33]struct{}
	n = 0
	for i := range e {
		n += i
		if i > 5 {
			break
		}
	}
	fmt.Println(n)
	i := 1<<33 - 1
	_ = e[i]
	fmt.Println("in range", e[1<<32+5])

	var f [1<<31 + 8]struct{}
	j := 1<<31 + 7
	fmt.Println(f[j], len(f))
	j++
	fmt.Println(f[j]) // index out of range: the length is not truncated
}
