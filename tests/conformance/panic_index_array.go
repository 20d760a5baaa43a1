// Indexing an array with a variable index out of range panics at run time
// with "index out of range [4] with length 4" and exit status 2 (a constant
// index would be a compile error instead).
package main

import "fmt"

func main() {
	var a [4]int
	sum := 0
	for i := 0; i < len(a); i++ {
		a[i] = i + 1
		sum += a[i]
	}
	fmt.Println(a, sum)
	n := len(a)
	a[n] = 5
	fmt.Println("not reached", a)
}
