// Assignability: values of the wrong type, constants that do not fit, and
// left sides that cannot be assigned.
//
// Checked against go 1.19: same positions. Today's Go (and govm) word two
// of these differently from 1.19:
//   - "cannot use x (variable of type int) as string value in assignment"
//     (1.19: "... as type string in assignment");
//   - "cannot assign to c (neither addressable nor a map index expression)"
//     for a constant and for s[0] (1.19: "cannot assign to c (untyped int
//     constant 1)", "cannot assign to s[0] (value of type byte)").

package main

const c = 1

func f(s string) string { return s }

func g() int {
	return "no" // ERROR "cannot use .no. \(untyped string constant\) as int value in return statement"
}

func main() {
	x := 1
	var s string
	s = x           // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	f(x)            // ERROR "cannot use x \(variable of type int\) as string value in argument to f"
	var t string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
	var i8 int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	i8 = -129        // ERROR "cannot use -129 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	c = 2            // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	s[0] = 'a'       // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	var u uint = -1  // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	_, _, _, _ = s, t, i8, u
}
