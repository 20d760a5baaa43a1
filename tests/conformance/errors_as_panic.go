// An unrecovered panic of errors.As (issue 6, errs): Go's string value,
// printed as it is, exit status 2.
package main

import (
	"errors"
	"fmt"
)

type Errno int

func (e Errno) Error() string { return fmt.Sprint("errno ", int(e)) }

func main() {
	err := fmt.Errorf("x: %w", Errno(5))
	var e Errno
	fmt.Println(errors.As(err, &e), e)
	fmt.Println(errors.As(err, e))
}
