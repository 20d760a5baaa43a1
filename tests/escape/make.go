// errorcheck -m
// make with a size known only at run time cannot be given a frame slot.
package main

func nonConstant(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	return len(s)
}

func nonConstantCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap"
	return cap(s)
}

func constant() int {
	s := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape"
	return len(s)
}

const size = 16

func namedConstant() int {
	s := make([]byte, size, 2*size) // ERROR "make\(\[\]byte, size, 2 \* size\) does not escape"
	return cap(s)
}

func returned(n int) []int {
	return make([]int, 4, 4) // ERROR "make\(\[\]int, 4, 4\) escapes to heap"
}

func maps() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape"
	m["a"] = 1
	return len(m)
}

func main() {
	println(nonConstant(3), nonConstantCap(4), constant(), namedConstant(), len(returned(1)), maps())
}
