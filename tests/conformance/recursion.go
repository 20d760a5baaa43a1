// Recursion: fib, factorial, Ackermann, mutual recursion (even/odd), and the
// Towers of Hanoi counting moves.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	fmt.Println("fib(25) =", fib(25))
	fmt.Println("20! =", fact(20), "21! wraps to", fact(21))
	fmt.Println("ack(2, 3) =", ack(2, 3), "ack(3, 3) =", ack(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println("hanoi(5) moves:", hanoi(5, "A", "C", "B"))
	fmt.Println(sumDigits(987654321))
}
