// Functions with parameters and multiple results: passing results straight
// into another function's parameters, swapping, ignoring results with _,
// grouped parameter types. (Passing them to fmt.Println is println_multi.go.)
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func sum3(a, b, c int) int {
	return a + b + c
}

func three() (int, int, int) {
	return 1, 2, 3
}

func minmax(a, b int8) (min int8, max int8) {
	if a < b {
		return a, b
	}
	return b, a
}

func describe(n int, s string, ok bool, u uint8) (string, int) {
	if !ok {
		return "not ok", 0
	}
	return s, n + int(u)
}

func noResult(x int) {
	fmt.Println("noResult got", x)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap("left", "right")
	fmt.Println(x, y)
	fmt.Println(sum3(three()))
	_, rem := divmod(9, 4)
	fmt.Println("rem", rem)
	lo, hi := minmax(9, -3)
	fmt.Println(lo, hi)
	label, sum := describe(7, "n+u =", true, 255)
	fmt.Println(label, sum)
	label, sum = describe(0, "", false, 0)
	fmt.Println(label, sum)
	noResult(sum3(1, 1, 1))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a, b, c := three()
	a, b, c = c, a, b
	fmt.Println(a, b, c)
}
