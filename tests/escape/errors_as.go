// errorcheck -m
// (issue 6, errs) errors.As keeps its target (a program's As(any) bool
// method may store it anywhere): a local whose address is the target is
// moved to the heap, as gc decides; errors.Is's and As's err leaks, and a
// concrete value converted to error at the call is boxed on the heap.
package main

import (
	"errors"
	"fmt"
)

type Errno int

func (e Errno) Error() string { return "errno" }

type PathError struct{ Path string }

func (p *PathError) Error() string { return p.Path } // ERROR "leaking param: p to result ~r0 level=1"

//go:noinline
func find(err error) string { // ERROR "leaking param: err"
	var pe *PathError // ERROR "moved to heap: pe"
	if errors.As(err, &pe) {
		return pe.Path
	}
	return ""
}

//go:noinline
func code(err error) int { // ERROR "leaking param: err"
	var e Errno // ERROR "moved to heap: e"
	if errors.As(err, &e) {
		return int(e)
	}
	return 0
}

func main() {
	err := fmt.Errorf("x: %w", &PathError{"/p"}) // ERROR "... argument does not escape" "&PathError{...} escapes to heap"
	println(find(err), code(Errno(3)))           // ERROR "Errno\(3\) escapes to heap"
	println(errors.Is(err, Errno(4)), errors.Unwrap(err) != nil) // ERROR "Errno\(4\) escapes to heap"
}
