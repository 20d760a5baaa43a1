// fmt.Print adds a space between operands only when neither side is a
// string; it adds no newline. fmt.Println always separates with spaces.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(true, false, "|", true, 5, "\n")
	fmt.Print("", 1, "", 2, "\n")
	fmt.Print(1, "", 2, "\n")
	var a, b int8 = -1, -2
	fmt.Print(a, b, "\n")
	fmt.Print()
	fmt.Print("no newline;")
	fmt.Print(" then one\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Print(10, 20, "\n")
}
