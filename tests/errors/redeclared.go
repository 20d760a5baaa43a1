// Declarations that clash, and misdeclared init and main.
//
// Checked against go 1.19: same messages and positions, except "declared
// and not used: a" (1.19: "a declared but not used").

package main

import "fmt"

var g = 1
var g = 2 // ERROR "g redeclared in this block\n\t.*redeclared.go:LINE-1:5: other declaration of g"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() // ERROR "missing function body"

func main() {
	var x int
	var x string // ERROR "x redeclared in this block"
	y := 1
	y := 2       // ERROR "no new variables on left side of :="
	a, a := 1, 2 // ERROR "a repeated on left side of :=" "declared and not used: a"
	fmt.Println(x, y)
}
