// Tables of gcd, Fibonacci (iterative, with uint64 up to fib(93)) and
// factorial (with the int64 overflow past 20!).
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func fib(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fact(n int) int64 {
	var r int64 = 1
	for i := 2; i <= n; i++ {
		r *= int64(i)
	}
	return r
}

func main() {
	fmt.Print("gcd ")
	for b := 1; b <= 12; b++ {
		fmt.Printf("%3d", b)
	}
	fmt.Println()
	for a := 6; a <= 36; a += 6 {
		fmt.Printf("%3d:", a)
		for b := 1; b <= 12; b++ {
			fmt.Printf("%3d", gcd(a, b))
		}
		fmt.Println()
	}
	fmt.Println("lcm(4, 6) =", lcm(4, 6), "lcm(21, 6) =", lcm(21, 6))
	for n := 0; n <= 94; n++ {
		if n < 3 || n%10 == 0 || n >= 92 {
			fmt.Printf("fib(%2d) = %d\n", n, fib(n))
		}
	}
	for n := 0; n <= 22; n += 2 {
		fmt.Printf("%2d! = %d\n", n, fact(n))
	}
}
