// Operators: operand types, division by zero, shifts, comparisons.
//
// Checked against go 1.19: identical messages and positions (types2's
// wording did not change since). byte and rune are named as written.

package main

func main() {
	x := 1
	var s string
	var b byte = 'a'
	var u uint = 2
	_ = x + s             // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	_ = !x                // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -s                // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = x / 0             // ERROR "invalid operation: division by zero"
	_ = x % 0             // ERROR "invalid operation: division by zero"
	_ = s[0] == "a"       // ERROR "invalid operation: s\[0\] == .a. \(mismatched types byte and untyped string\)"
	_ = x << -1           // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << s            // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = true < false      // ERROR "invalid operation: true < false \(operator < not defined on untyped bool\)"
	_, _ = b, u
}
