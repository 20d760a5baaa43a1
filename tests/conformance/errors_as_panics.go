// errors.As's panics (issue 6, errs), recovered: a nil target, a target
// that is not a pointer or is a nil pointer, a pointer to a type that is
// neither an interface nor an error; each is a plain string value, as Go's
// panic("errors: ..."). (A nil err with a nil target: Go 1.19 panics,
// today's Go returns false first; errors_join.go has it.)
package main

import (
	"errors"
	"fmt"
)

type Errno int

func (e Errno) Error() string { return fmt.Sprint("errno ", int(e)) }

func try(name string, f func() bool) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T %v\n", name, r, r)
	}()
	fmt.Println(name, f())
}

func main() {
	err := fmt.Errorf("x: %w", Errno(5))
	try("nil target", func() bool { return errors.As(err, nil) })
	try("value target", func() bool { return errors.As(err, Errno(1)) })
	var np *Errno
	try("nil pointer", func() bool { return errors.As(err, np) })
	var s string
	try("string target", func() bool { return errors.As(err, &s) })
	var i int
	try("int target", func() bool { return errors.As(err, &i) })
	var e Errno
	try("good", func() bool { return errors.As(err, &e) })
	fmt.Println(e)
}
