// no_alloc (starter): make the hot function digitSum allocate nothing on
// the heap. The task is in README.md.
package main

import "fmt"

// width returns how many decimal digits n has.
func width(n int) int {
	w := 1
	for n >= 10 {
		n /= 10
		w++
	}
	return w
}

// digitSum returns the sum of n's decimal digits. It is the hot function:
// main calls it for every number from 1 to 1000.
func digitSum(n int) int {
	digits := make([]int, width(n))
	for i := range digits {
		digits[i] = n % 10
		n /= 10
	}
	sum := 0
	for _, d := range digits {
		sum += d
	}
	return sum
}

func main() {
	total := 0
	for n := 1; n <= 1000; n++ {
		total += digitSum(n)
	}
	fmt.Println("sum of the digit sums of 1..1000:", total)
}
