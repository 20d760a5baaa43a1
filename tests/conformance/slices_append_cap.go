// append and capacity growth: the capacity after each append shows Go's
// growslice rule (double while small) rounded up to the allocator's size
// classes, so it depends on the element size: []int (8 bytes), []byte
// (1 byte), []string (16 bytes) and a 24-byte pointer-free struct.
// []string stays under 512 bytes, where Go 1.19 and 1.22 agree (1.22 adds
// an 8-byte malloc header to larger objects that hold pointers).
package main

import "fmt"

type Triple struct {
	A, B, C int
}

func main() {
	var ints []int
	for i := 0; i < 20; i++ {
		ints = append(ints, i)
		fmt.Print(cap(ints), " ")
	}
	fmt.Println()
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
	}
	fmt.Println("ints:", len(ints), cap(ints))

	var bytes []byte
	for i := 0; i < 70; i++ {
		bytes = append(bytes, byte('a'+i%26))
		fmt.Print(cap(bytes), " ")
	}
	fmt.Println()

	var strs []string
	for i := 0; i < 30; i++ {
		strs = append(strs, "s")
		fmt.Print(cap(strs), " ")
	}
	fmt.Println()

	var triples []Triple
	for i := 0; i < 30; i++ {
		triples = append(triples, Triple{i, i, i})
		fmt.Print(cap(triples), " ")
	}
	fmt.Println()

	a := []int{1, 2, 3}
	b := []int{4, 5, 6, 7, 8}
	c := append(a, b...)
	fmt.Println(c, len(c), cap(c))
	d := append(a[:1], 9)
	fmt.Println(a, d, cap(a[:1]))
	e := append([]int(nil), a...)
	e[0] = -1
	fmt.Println(a, e)
	f := append(a, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
	fmt.Println(len(f), cap(f))

	s := make([]int, 3, 4)
	s1 := append(s, 1)
	s2 := append(s, 2)
	fmt.Println(s1, s2, cap(s1))
	s3 := append(s1, 3)
	s3[0] = 100
	fmt.Println(s1, s3, cap(s3))

	for _, n := range []int{3, 5, 17, 100} {
		g := make([]int, n)
		g = append(g, 1)
		fmt.Print(n, "->", cap(g), " ")
	}
	fmt.Println()

	buf := append([]byte("go"), "pher"...)
	buf = append(buf, '!')
	fmt.Println(string(buf), len(buf), cap(buf))
	var nb []byte
	nb = append(nb, "hello, world"...)
	fmt.Println(string(nb), len(nb), cap(nb))
	fmt.Println(len(append([]int{}, []int{}...)))
}
