// Named results start at their zero values, can be assigned along the way
// and are returned by a bare return.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeros() (n int, s string, b bool, u uint8) {
	return
}

func classify(n int) (kind string, even bool) {
	even = n%2 == 0
	if n < 0 {
		kind = "negative"
		return
	}
	if n == 0 {
		return "zero", true
	}
	kind = "positive"
	return
}

func countdown(n int) (steps int) {
	for n > 0 {
		n--
		steps++
	}
	return
}

func shadowed() (r int) {
	r = 1
	{
		r := 2
		_ = r
	}
	return
}

func main() {
	x, y := split(17)
	fmt.Println(x, y)
	n, s, b, u := zeros()
	fmt.Printf("%d %q %t %d\n", n, s, b, u)
	k, e := classify(-4)
	fmt.Println(k, e)
	k, e = classify(0)
	fmt.Println(k, e)
	k, e = classify(7)
	fmt.Println(k, e)
	fmt.Println(countdown(12))
	fmt.Println(shadowed())
}
