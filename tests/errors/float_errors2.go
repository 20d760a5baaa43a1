// More errors on floats (issue 6): operators defined on integers only,
// mixed float and integer operands, shifts of floats (today's types2
// wording: "shifted operand ... must be integer"), and float constants as
// shift counts. Dividing a float variable by a constant zero is valid Go
// (it gives +Inf), and so is a float constant that underflows to zero.

package main

import "fmt"

func main() {
	g := 1.5
	k := 1
	var s uint = 2
	_ = g % 2               // ERROR "invalid operation: operator % not defined on g \(variable of type float64\)"
	_ = 1.5 % 2             // ERROR "invalid operation: operator % not defined on 1\.5 \(untyped float constant\)"
	_ = g &^ 1              // ERROR "invalid operation: operator &\^ not defined on g \(variable of type float64\)"
	_ = g + k               // ERROR "invalid operation: g \+ k \(mismatched types float64 and int\)"
	_ = float32(g) == g     // ERROR "invalid operation: float32\(g\) == g \(mismatched types float32 and float64\)"
	var f float64 = 1 << s  // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = k << 2.5            // ERROR "2\.5 \(untyped float constant\) truncated to uint"
	_ = -1.5 << 2           // ERROR "invalid operation: shifted operand -1\.5 \(untyped float constant\) must be integer"
	var u uint = -1.0       // ERROR "cannot use -1\.0 \(untyped float constant -1\) as uint value in variable declaration \(truncated\)"
	var ok1 = g / 0
	var ok2 float64 = 1e-400
	var ok3 int = 2.5 * 2
	fmt.Println(f, u, ok1, ok2, ok3)
}
