// Strings: indexing, slicing, len, range.
//
// Checked against go 1.19: same messages and positions, except:
//   - range over an integer, which Go 1.22 allows and govm does not support;
//   - "for built-in len" and "to type int" are today's wording (1.19: "for
//     len", "to int");
//   - "cannot index x" is at the '[' in gc; govm reports it there once the
//     parser records IndexExpr::lbrack, at x until then.

package main

func main() {
	s := "hello"
	x := 3
	_ = s[1:2:3]   // ERROR "invalid operation: 3-index slice of string"
	_ = s[-1]      // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s[2:1]     // ERROR "invalid slice indices: 1 < 2"
	_ = "abc"[5]   // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = "abc"[1:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = x[0]       // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = len(x)     // ERROR "invalid argument: x \(variable of type int\) for built-in len"
	_ = s["a"]     // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	for range x {  // ERROR "govm does not support range over integers yet"
	}
}
