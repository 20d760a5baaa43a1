// (const) Floating-point constants beyond big.Float's exponent range (2^±(2^31)):
// a literal is malformed, an operation's result is not representable. Below
// it, any magnitude is exact: 1e600000000 is a constant like any other.
//
// Checked against go 1.19: same messages and positions.

package main

const a = 1e600000000
const b = a * a // ERROR "constant result is not representable"
const c = 1e1000000000000 // ERROR "malformed constant: 1e1000000000000"
const d = 0x1p99999999999 // ERROR "malformed constant: 0x1p99999999999"
const e = 1e-99999999999999999999 // ERROR "malformed constant: 1e-99999999999999999999"

func main() {
	var f float64 = a / a * 0.5
	var g float64 = 1 / a
	println(f, g)
}
