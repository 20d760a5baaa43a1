// Package errors misused (issue 6, errs), reported as today's gc reports
// it: errors.As and errors.Join are functions with Go's signatures, and
// errors.ErrUnsupported is refused by name.

package main

import "errors"

func main() {
	var err error
	println(errors.As(err))                 // ERROR "not enough arguments in call to errors.As"
	println(errors.Is(err, 3))              // ERROR "cannot use 3 \(constant of type int\) as error value in argument to errors.Is: int does not implement error \(missing method Error\)"
	var s string = errors.Join(err, err)    // ERROR "cannot use errors.Join\(err, err\) \(value of type error\) as string value in variable declaration"
	println(errors.Join([]error{err}), s)   // ERROR "cannot use \[\]error{…} \(value of type \[\]error\) as error value in argument to errors.Join: \[\]error does not implement error \(missing method Error\)"
	println(errors.ErrUnsupported)          // ERROR "govm does not support errors.ErrUnsupported yet"
}
