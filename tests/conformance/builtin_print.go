// The println and print builtins write to standard error, not standard
// output: println separates operands with spaces and ends the line, print
// does neither. The test records only the first line of stderr, so
// everything is built on one line.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	var u8 uint8 = 200
	var big uint64 = 18446744073709551615
	print("a", 1, "b", 2, true, " ")
	print(-7, u8, " ", big, " ")
	println("then println:", -5, false, u8, "end")
	println("second stderr line, not recorded")
	fmt.Println("stdout again")
}
