// if / else if / else chains, with init statements whose variables are
// visible in every branch and nowhere after.
package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func half(n int) (int, bool) {
	return n / 2, n%2 == 0
}

func main() {
	for s := 65; s <= 100; s += 10 {
		fmt.Println(s, grade(s))
	}
	if h, even := half(10); even {
		fmt.Println("10 is even, half", h)
	} else {
		fmt.Println("odd", h)
	}
	if h, even := half(7); even {
		fmt.Println("even", h)
	} else if h > 2 {
		fmt.Println("7 is odd, half", h, "> 2")
	} else {
		fmt.Println("small", h)
	}
	x := 10
	if x := 5; x < 10 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if n := len("abc"); n == 3 {
		fmt.Println("len 3")
	}
	if x > 5 {
		if x > 8 {
			fmt.Println("x > 8")
		}
	}
	if !(x == 10) {
		fmt.Println("not ten")
	} else {
		fmt.Println("ten")
	}
}
