// fallthrough transfers control to the first statement of the next case,
// without testing that case's expressions, also into default.
package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch {
	case n > 100:
		fmt.Print(" huge")
		fallthrough
	case n > 10:
		fmt.Print(" big")
		fallthrough
	case n > 0:
		fmt.Print(" positive")
	case n == 0:
		fmt.Print(" zero")
		fallthrough
	default:
		fmt.Print(" not-positive")
	}
	fmt.Println()
}

func main() {
	describe(500)
	describe(50)
	describe(5)
	describe(0)
	describe(-5)
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two (x is still", x, ")")
		fallthrough
	case 99:
		fmt.Println("ninety-nine")
	case 3:
		fmt.Println("three")
	}
}
