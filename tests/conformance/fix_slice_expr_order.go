// A slice expression is evaluated, bounds check included, where it stands
// when a call follows it in the same expression, as gc's order pass copies
// it: later calls see the panic first and do not change its value (diff3 B6).
package main

import "fmt"

var g = []int{1, 2, 3}
var str = "hello"

func f(n int) int {
	fmt.Println("f", n)
	return n
}

func h() int {
	g = []int{7, 8, 9, 10}
	str = "world!"
	return 0
}

func grow(s *[]int) int {
	*s = append(*s, 4)
	(*s)[0] = 100
	return len(*s)
}

func main() {
	fmt.Println(g[1:], h())
	g = []int{1, 2, 3}
	fmt.Println(str[1:3], h(), str[1:3])
	x := len(g[:2]) + h() + len(g[:3])
	fmt.Println(x, g)
	s := make([]int, 3, 3)
	fmt.Println(s[:2], grow(&s), s[:2])
	a := []int{1, 2}
	b := []byte("ab")
	i := 5
	if len(a) > 1 {
		fmt.Println(len(a[:2]), string(b[:1]), f(1))
	}
	fmt.Println(a[i:], f(2))
}
