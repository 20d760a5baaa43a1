// Func literals (issue 6, func): their bodies are checked where they are
// written, against their own signature; their variables join the
// enclosing function's "declared and not used" check; a func value is not
// a map key and is not ordered.
//
// Checked against go 1.19, but for two spellings where govm follows
// today's Go: "declared and not used: x" (1.19: "x declared but not
// used") and "as string value in return statement" (1.19: "as type
// string").

package main

func main() {
	k := func() int {
		unused := 1 // ERROR "declared and not used: unused"
		return 2
	}
	h := func(n int) string {
		return n // ERROR "cannot use n \(variable of type int\) as string value in return statement"
	}
	m := map[func()]int{} // ERROR "invalid map key type func\(\)"
	var p func()
	_ = p < p // ERROR "invalid operation: p < p \(operator < not defined on func\)"
	_, _, _ = k, h, m
	notfunc := 3
	notfunc() // ERROR "invalid operation: cannot call non-function notfunc \(variable of type int\)"
}
