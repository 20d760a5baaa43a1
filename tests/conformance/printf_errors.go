// Printf reports verb errors in place, as Go's fmt does: a wrong type
// %!d(string=hi), a missing operand %!d(MISSING), extra operands
// %!(EXTRA ...), an unknown verb %!z(int=5), and a lone trailing %.
// (go vet flags every one of these calls; go build and go run accept them.)
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", true)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%x %q\n", true, false)
	fmt.Printf("end with percent %")
	fmt.Println()
	fmt.Printf("%!\n")
	fmt.Printf("no newline, extra", 3)
	fmt.Println()
}
