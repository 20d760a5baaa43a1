// Calls: argument counts, results used where they cannot be.
//
// Checked against go 1.19: same messages and positions ("not enough" is
// reported at the last argument, "too many" at the first extra one). The
// results of fmt.Println are valid Go that govm does not support yet
// (error values): it refuses two-value uses; a one-value use is gc's
// assignment mismatch.

package main

import "fmt"

func two(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func none() {}

func main() {
	two(1)          // ERROR "not enough arguments in call to two\n\thave \(number\)\n\twant \(int, int\)"
	two(1, 2, 3)    // ERROR "too many arguments in call to two\n\thave \(number, number, number\)\n\twant \(int, int\)"
	x := pair() + 1 // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	y := none()     // ERROR "none\(\) \(no value\) used as value"
	a, b := two(1, 2) // ERROR "assignment mismatch: 2 variables but two returns 1 value"
	n := fmt.Println("hi") // ERROR "assignment mismatch: 1 variable but fmt.Println returns 2 values"
	m, err := fmt.Println("hi") // ERROR "govm does not support using the results of fmt.Println yet"
	notfunc := 3
	notfunc() // ERROR "invalid operation: cannot call non-function notfunc \(variable of type int\)"
	_ = two(pair())
}
