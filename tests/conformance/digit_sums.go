// Digit sums, digital roots, reversing digits and counting digits in other
// bases, with / and % on ints and uint64.
package main

import "fmt"

func digitSum(n int) int {
	if n < 0 {
		n = -n
	}
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func digitalRoot(n int) int {
	for n >= 10 {
		n = digitSum(n)
	}
	return n
}

func reverse(n uint64) uint64 {
	var r uint64
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func digits(n uint64, base uint64) int {
	if n == 0 {
		return 1
	}
	d := 0
	for ; n > 0; n /= base {
		d++
	}
	return d
}

func show(n int) {
	fmt.Println(n, digitSum(n), digitalRoot(n))
}

func main() {
	show(0)
	show(9)
	show(10)
	show(99)
	show(100)
	show(65535)
	fmt.Println(digitSum(-9876), digitalRoot(999999999))
	fmt.Println(reverse(1234567890), reverse(100), reverse(18446744073709551615/10))
	var max uint64 = 18446744073709551615
	fmt.Println(digits(max, 10), digits(max, 16), digits(max, 2), digits(0, 10))
	armstrong := 0
	for n := 100; n < 1000; n++ {
		a, b, c := n/100, n/10%10, n%10
		if a*a*a+b*b*b+c*c*c == n {
			fmt.Print(n, " ")
			armstrong++
		}
	}
	fmt.Println("->", armstrong, "Armstrong numbers")
}
