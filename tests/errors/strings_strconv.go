// Packages strings and strconv (issue 6): misuse of their functions and of
// strings.Builder is reported as gc reports it, through Go's signatures;
// the names govm does not implement are refused by name.
//
// Checked against go 1.19 (go build): same positions and messages, except
// "as int value" / "as []byte value", today's wording (1.19: "as type
// int"), and "(but have Split)", which today's Go adds.

package main

import (
	"strconv"
	"strings"
)

func get() strings.Builder { return strings.Builder{} }

func main() {
	var b strings.Builder
	_ = b.buf                           // ERROR "b\.buf undefined \(type strings\.Builder has no field or method buf\)"
	_ = strings.Split("a")              // ERROR "not enough arguments in call to strings\.Split\n\thave \(string\)\n\twant \(string, string\)"
	_ = strings.Repeat("a", "b")        // ERROR "cannot use .b. \(untyped string constant\) as int value in argument to strings\.Repeat"
	n := strings.Index("a", "b") + "x"  // ERROR "invalid operation: strings\.Index\(.a., .b.\) \+ .x. \(mismatched types int and untyped string\)"
	x := b.Reset()                      // ERROR "b\.Reset\(\) \(no value\) used as value"
	get().WriteString("x")              // ERROR "cannot call pointer method WriteString on strings\.Builder"
	_ = strconv.Itoa(int64(3))          // ERROR "cannot use int64\(3\) \(constant 3 of type int64\) as int value in argument to strconv\.Itoa"
	var s []byte = strings.ToUpper("x") // ERROR "cannot use strings\.ToUpper\(.x.\) \(value of type string\) as \[\]byte value in variable declaration"
	_ = strings.split                   // ERROR "undefined: strings\.split \(but have Split\)"
	_, _, _ = n, x, s
}
