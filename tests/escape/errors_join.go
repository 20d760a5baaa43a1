// errorcheck -m
// escape/gc: skip (errors.Join is Go 1.20+; the installed gc is 1.19)
// (issue 6, errs) errors.Join(errs ...error) (Go 1.20+) keeps the errors,
// not the slice: its ... argument stays in the frame while each concrete
// value converted to error is boxed on the heap (gc's tag "leaking param
// content: errs"). The decisions are written by hand as gc 1.20+ makes them.
package main

import (
	"errors"
	"fmt"
)

type Code struct{ N, M int }

func (c Code) Error() string { return "code" }

func main() {
	a := errors.New("a")
	j := errors.Join(a, Code{1, 2}, nil) // ERROR "... argument does not escape" "Code{...} escapes to heap"
	fmt.Println(j)                       // ERROR "... argument does not escape"
	list := []error{a, Code{3, 4}}       // ERROR "\[\]error{...} does not escape" "Code{...} escapes to heap"
	println(errors.Join(list...) != nil)
}
