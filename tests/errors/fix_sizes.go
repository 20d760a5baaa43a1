// Valid Go past govm's size limits: refused by name at the construct,
// never compiled into wrong code (diff3 B2, B3, B14).
//
// go 1.19 builds this file without errors.

package main

import "fmt"

type S0 struct {
	a1 [1 << 40]*int
}

var g *[1 << 31]string // ERROR "govm does not support types larger than 1 GiB that hold pointers yet \(\[2147483648\]string\)"

// Two 8 MiB temporaries for ==: the frame passes 16 MiB.
func big() { // ERROR "govm does not support frames larger than 16 MiB yet"
	p := new([1048576]int)
	q := new([1048576]int)
	fmt.Println(*p == *q)
}

// A 24 MB copy for range by value.
func rng(huge *[3000000]int) int { // ERROR "govm does not support frames larger than 16 MiB yet"
	s := 0
	for _, v := range *huge {
		s += v
	}
	return s
}

func main() {
	var p *S0 // ERROR "govm does not support types larger than 1 GiB that hold pointers yet \(main.S0\)"
	fmt.Println(p == nil, g == nil)
	big()
	fmt.Println(rng(new([3000000]int)))
}
