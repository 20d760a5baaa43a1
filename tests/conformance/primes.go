// Primes below 200 by trial division, ten per line, and the count of primes
// below 20000.
package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	for n := 2; n < 200; n++ {
		if !isPrime(n) {
			continue
		}
		count++
		fmt.Printf("%4d", n)
		if count%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	total := 0
	for n := 0; n < 20000; n++ {
		if isPrime(n) {
			total++
		}
	}
	fmt.Println("primes below 20000:", total)
}
