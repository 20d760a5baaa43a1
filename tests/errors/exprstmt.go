// Expressions that cannot stand as statements, builtins misused,
// conversions with the wrong number of arguments.
//
// Checked against go 1.19: same positions; today's wording for the
// builtin argument count (1.19 says the same) and for "cannot assign to
// f() (neither addressable nor a map index expression)" (1.19: "cannot
// assign to f() (value of type int)").

package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1        // ERROR "x \+ 1 \(value of type int\) is not used"
	len("abc")   // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	int8(x)      // ERROR "int8\(x\) \(value of type int8\) is not used"
	f            // ERROR "f \(value of type func\(\) int\) is not used"
	len          // ERROR "len \(built-in\) must be called"
	_ = len()    // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = int8()   // ERROR "missing argument in conversion to int8"
	_ = int8(1, 2) // ERROR "too many arguments in conversion to int8"
	f() = 2      // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
}
