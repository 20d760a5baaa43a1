// (issue 6, strconv) Misuse of strconv's parsing, of strconv.NumError and
// of strconv.ErrSyntax is reported as gc reports it, through Go's
// signatures and NumError's real struct type and method set.
//
// Checked against go 1.19 (go build): same positions and messages, except
// today's wording "as error value" and "(missing method Error)" (1.19: "as
// type error", "(missing Error method)"), on one line.

package main

import "strconv"

// govm refuses what it cannot run exactly: promoting NumError's native
// methods through an embedding (gc accepts it).
type wrapped struct {
	*strconv.NumError // ERROR "govm does not support embedding strconv\.NumError yet"
}

func main() {
	x := strconv.Atoi("1")            // ERROR "assignment mismatch: 1 variable but strconv\.Atoi returns 2 values"
	strconv.ErrSyntax = 3             // ERROR "cannot use 3 \(constant of type int\) as error value in assignment: int does not implement error \(missing method Error\)"
	_ = strconv.NumError{}.Error()    // ERROR "cannot call pointer method Error on strconv\.NumError"
	var ne strconv.NumError
	_ = ne.Func + 1                   // ERROR "invalid operation: ne\.Func \+ 1 \(mismatched types string and untyped int\)"
	_ = ne.Cause                      // ERROR "ne\.Cause undefined \(type strconv\.NumError has no field or method Cause\)"
	_, _ = strconv.ParseBool(1)       // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to strconv\.ParseBool"
	var e error = strconv.NumError{}  // ERROR "cannot use strconv\.NumError{} \(value of type strconv\.NumError\) as error value in variable declaration: strconv\.NumError does not implement error \(method Error has pointer receiver\)"
	_, _ = x, e
}
