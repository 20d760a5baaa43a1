// errorcheck -m
// Size limits: explicit variables over 10 MiB and implicit allocations
// (new, &T{}, make) over 64 KiB go to the heap whatever their flow.
package main

type Big struct {
	data [70000]byte
}

func bigVar() byte {
	var huge [11 << 20]byte // ERROR "moved to heap: huge"
	huge[5] = 1
	return huge[5]
}

func smallVar() byte {
	var ok [1 << 20]byte
	ok[1] = 2
	return ok[1]
}

func bigNew() byte {
	p := new([66560]byte) // ERROR "new\(\[66560\]byte\) escapes to heap"
	p[0] = 3
	return p[0]
}

func smallNew() byte {
	p := new([64]byte) // ERROR "new\(\[64\]byte\) does not escape"
	p[0] = 4
	return p[0]
}

func bigLit() byte {
	b := &Big{} // ERROR "&Big{} escapes to heap"
	b.data[1] = 5
	return b.data[1]
}

func bigMake() int {
	s := make([]int, 10000) // ERROR "make\(\[\]int, 10000\) escapes to heap"
	s[0] = 6
	return s[0]
}

func smallMake() int {
	s := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape"
	s[0] = 7
	return s[0]
}

func main() {
	println(bigVar(), smallVar(), bigNew(), smallNew(), bigLit(), bigMake(), smallMake())
}
