// Package errors calling a program's own methods (issue 6, errs):
// errors.Is and errors.Unwrap call Unwrap() error and Is(error) bool
// methods with value and pointer receivers, in Go's order (the ==
// comparison, then Is, then Unwrap), down chains that mix the program's
// types with fmt.Errorf's; a target whose type is not comparable is only
// matched by an Is method.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error {
	fmt.Println("    (*QueryError).Unwrap", e.Query)
	return e.Err
}

// A value receiver Is: matches any Code with the same class.
type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	fmt.Println("    Code.Is", c.N, "vs", target, ok)
	return ok && t.N/100 == c.N/100
}

// Not comparable (a slice field): == is never tried on it.
type Multi struct{ Errs []error }

func (m Multi) Error() string { return fmt.Sprint(len(m.Errs), " errors") }
func (m Multi) Is(target error) bool {
	for _, e := range m.Errs {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

// Unwrap returning nil ends the chain.
type Leaf struct{}

func (Leaf) Error() string { return "leaf" }
func (Leaf) Unwrap() error  { return nil }

// A named non-struct error with a pointer-receiver Unwrap.
type Wrapped string

func (w Wrapped) Error() string   { return string(w) }
func (w *Wrapped) Unwrap() error { return ErrPermission }

func main() {
	q := &QueryError{"select 1", ErrNotFound}
	fmt.Println("1", errors.Is(q, ErrNotFound))
	fmt.Println("2", errors.Is(q, ErrPermission))
	fmt.Println("3", errors.Unwrap(q) == ErrNotFound)
	w := fmt.Errorf("db: %w", q)
	fmt.Println("4", errors.Is(w, ErrNotFound))
	fmt.Println("5", errors.Is(w, q), errors.Is(q, w))

	c := fmt.Errorf("http: %w", Code{404})
	fmt.Println("6", errors.Is(c, Code{403}))
	fmt.Println("7", errors.Is(c, Code{404}))
	fmt.Println("8", errors.Is(c, Code{500}))
	fmt.Println("9", errors.Is(c, ErrNotFound))

	m := Multi{[]error{ErrNotFound, &QueryError{"q2", ErrPermission}}}
	fmt.Println("10", errors.Is(m, ErrPermission))
	fmt.Println("11", errors.Is(fmt.Errorf("multi: %w", m), ErrNotFound))
	fmt.Println("12", errors.Is(m, errors.New("not found")))
	var target error = Multi{}
	fmt.Println("13", errors.Is(m, target), errors.Is(ErrNotFound, target))

	fmt.Println("14", errors.Is(Leaf{}, ErrNotFound), errors.Unwrap(Leaf{}) == nil)
	fmt.Println("15", errors.Is(Leaf{}, Leaf{}))

	v := Wrapped("w")
	fmt.Println("16", errors.Is(&v, ErrPermission), errors.Is(v, ErrPermission))
	fmt.Println("17", errors.Unwrap(&v), errors.Unwrap(v))

	var nilq *QueryError
	fmt.Println("18", errors.Is(nil, nil), errors.Is(nilq, nil), errors.Is(nil, ErrNotFound))

	var err error = fmt.Errorf("top: %w", fmt.Errorf("mid: %w", &QueryError{"deep", Code{501}}))
	for err != nil {
		fmt.Println("chain:", err)
		err = errors.Unwrap(err)
	}
	fmt.Println("19", errors.Is(fmt.Errorf("top: %w", fmt.Errorf("mid: %w", &QueryError{"deep", Code{501}})), Code{599}))
}
