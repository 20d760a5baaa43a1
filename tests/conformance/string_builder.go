// Building strings with += in loops: each += makes a new string (the old
// ones become garbage); the result's length grows by the piece's length.
package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func join(a, b, c, sep string) string {
	return a + sep + b + sep + c
}

func digits(n int) string {
	if n == 0 {
		return "0"
	}
	const d = "0123456789"
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = d[n%10:n%10+1] + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	fmt.Println(join("a", "b", "c", ", "))
	line := ""
	for i := 1; i <= 10; i++ {
		if i > 1 {
			line += ","
		}
		line += digits(i * i)
	}
	fmt.Println(line)
	fmt.Println(digits(-9876543210), digits(0))
	s := "x"
	for len(s) < 1000 {
		s += s
	}
	fmt.Println(len(s))
	stars := ""
	for i := 1; i <= 5; i++ {
		stars += "*"
		fmt.Printf("%5s|%-5s|\n", stars, stars)
	}
}
