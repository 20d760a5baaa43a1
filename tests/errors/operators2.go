// More operators: mixed integer types, overflow of an untyped operand,
// op-assignments, ++ on a string.
//
// Checked against go 1.19: identical messages and positions.

package main

func main() {
	more()
}

func more() {
	var i8 int8
	var i16 int16
	x := 1
	_ = i8 + i16          // ERROR "invalid operation: i8 \+ i16 \(mismatched types int8 and int16\)"
	_ = i8 + 300          // ERROR "300 \(untyped int constant\) overflows int8"
	_ = x && true         // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	_ = 'a' + "b"         // ERROR "invalid operation: 'a' \+ .b. \(mismatched types untyped rune and untyped string\)"
	x += "a"              // ERROR "invalid operation: x \+= .a. \(mismatched types int and untyped string\)"
	var str string
	str++                 // ERROR "invalid operation: str\+\+ \(non-numeric type string\)"
	_ = x == str          // ERROR "invalid operation: x == str \(mismatched types int and string\)"
}
