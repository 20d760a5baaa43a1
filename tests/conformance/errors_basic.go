// Package errors (issue 6): errors.New values compare by identity,
// errors.Is, user error types, fmt printing errors, assertions on errors.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func find(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	if k == "b" {
		return 0, &MyErr{7}
	}
	return 0, ErrNotFound
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		v, err := find(k)
		if err != nil {
			fmt.Println("error:", err.Error(), errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Println(v)
	}
	e := errors.New("x")
	fmt.Println(errors.Is(e, errors.New("x")), errors.Is(e, e), e == ErrNotFound)
	var me *MyErr
	_, err := find("b")
	me, ok := err.(*MyErr)
	fmt.Println(me.code, ok)
	fmt.Println(err)
	fmt.Println(ErrNotFound)
}
