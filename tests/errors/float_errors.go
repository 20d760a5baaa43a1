// Floating-point constants and operands (issue 6), reported as gc reports
// them: a float constant that does not fit an integer type is truncated,
// one beyond float64's or float32's range overflows, and the operators
// that need integers refuse floats.

package main

import "fmt"

func main() {
	var a int = 1.5       // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var b float64 = 1e309 // ERROR "cannot use 1e309 \(untyped float constant 1e\+309\) as float64 value in variable declaration \(overflows\)"
	var c float32 = 1e39  // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
	const d = 1.5
	var e int = d      // ERROR "cannot use d \(untyped float constant 1\.5\) as int value in variable declaration \(truncated\)"
	f := int(2.5)      // ERROR "cannot convert 2\.5 \(untyped float constant\) to type int"
	var i uint8 = 1e3  // ERROR "cannot use 1e3 \(untyped float constant 1000\) as uint8 value in variable declaration \(truncated\)"
	k := float32(1e40) // ERROR "cannot convert 1e40 \(untyped float constant 1e\+40\) to type float32"
	const big = 1e400
	var l = big // ERROR "cannot use big \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	var m = 1.0 / 0 // ERROR "invalid operation: division by zero"
	fmt.Println(a, b, c, e, f, i, k, l, m)
}
