// More types outside the subset: interfaces, function types, complex
// numbers, nil as an interface value (floats are in the subset since issue 6).
//
// go 1.19 builds this file without errors.

package main

import "fmt"

var i interface{}  // fine since issue 6
var fn func() int  // fine since issue 6 (func)
var c complex128   // ERROR "govm does not support complex128 yet"
var a any          // fine since issue 6

func variadic(xs ...int) {} // fine since issue 6 (func)

func main() {
	x := 1.5         // fine since issue 6
	y := 2.0         // fine since issue 6
	z := 3i          // ERROR "govm does not support complex numbers yet"
	fmt.Println(nil) // fine since issue 6
	const big = 1e6  // fine: an untyped float constant with an integer value
	var n int = big
	fmt.Println(i, fn, c, a, x, y, z, n)
}
