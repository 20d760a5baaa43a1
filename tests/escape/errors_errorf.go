// errorcheck -m
// (issue 6, errs) fmt.Errorf keeps its operands (a %w operand becomes the
// wrapError's err): a concrete operand is boxed on the heap; errors.Is and
// errors.Unwrap take interfaces, a conversion to error at their call
// escapes (an interface method call may keep it).
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name } // ERROR "e does not escape" ".not found: . \+ e.Name escapes to heap"

//go:noinline
func wrap(name string) error { // ERROR "leaking param: name"
	return fmt.Errorf("find %q: %w", name, NotFound{name}) // ERROR "... argument does not escape" "NotFound{...} escapes to heap" "name escapes to heap"
}

func main() {
	e := wrap("bob")
	println(errors.Is(e, NotFound{"bob"})) // ERROR "NotFound{...} escapes to heap"
	println(errors.Unwrap(e) == nil)
}
