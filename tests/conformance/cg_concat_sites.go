// String concatenation of 2 to 7 operands (concatstring2..5 and
// concatstrings), results that escape and results that do not, += in a
// loop, and long results.
package main

import "fmt"

var g string

func join3(a, b, c string) string {
	return a + "-" + b + "-" + c
}

func local(a, b string) int {
	s := a + b
	return len(s)
}

func main() {
	a, b := "go", "vm"
	g = a + b
	fmt.Println(g, local(a, b), join3(a, b, g))
	s := ""
	for i := 0; i < 5; i++ {
		s += a
	}
	fmt.Println(s, len(s))
	seven := a + b + a + b + a + b + "!"
	fmt.Println(seven, len(seven))
	long := ""
	for i := 0; i < 6; i++ {
		long = long + "0123456789"
	}
	fmt.Println(len(long), long[55:])
	x := "abc"
	x = x + x
	x += x + "|"
	fmt.Println(x)
}
