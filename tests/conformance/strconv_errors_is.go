// (issue 6, strconv) errors.Is through *strconv.NumError's Unwrap method:
// strconv.ErrSyntax and ErrRange found in parse errors and in errors that
// wrap them. (Needs errors.Is to call Unwrap methods generically.)
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x")
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	fmt.Println(errors.Unwrap(err) == strconv.ErrSyntax)
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(errors.Is(wrapped, strconv.ErrRange), wrapped)
	var ne *strconv.NumError
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == strconv.ErrRange, ne == nil)
}
