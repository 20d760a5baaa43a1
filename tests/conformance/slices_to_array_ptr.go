// Converting a slice to a pointer to an array (Go 1.17): the pointer
// aliases the slice's backing array, so writes through either are seen by
// both; converting a nil slice to *[0]T gives a nil pointer. (A slice
// shorter than the array panics; the message changed in Go 1.20, so it is
// not exercised here.)
package main

import "fmt"

func first2(s []int) *[2]int {
	return (*[2]int)(s)
}

func main() {
	s := []int{1, 2, 3, 4}
	p := first2(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	q := (*[4]int)(s[:4])
	q[3] = 40
	fmt.Println(s, q[3] == s[3])
	tail := (*[2]int)(s[2:])
	tail[0]++
	fmt.Println(s, *tail)
	b := []byte("hello")
	hb := (*[5]byte)(b)
	hb[0] = 'j'
	fmt.Println(string(b), *hb)
	var e []int
	z := (*[0]int)(e)
	fmt.Println(z == nil, (*[0]int)(s) != nil)
	arr := *(*[3]int)(s)
	arr[0] = -1
	fmt.Println(arr, s[0])
}
