// conformance: expected by hand (Go 1.20+: errors.Join, several %w in fmt.Errorf, Unwrap() []error; Debian's Go 1.19 rejects them)
// Error trees (issue 6, errs), as today's Go's errors/join.go, wrap.go and
// fmt/errors.go define them: errors.Join keeps its non-nil errors in a
// *errors.joinError whose Error joins theirs with "\n" and whose Unwrap
// returns them as a []error; fmt.Errorf with several %w makes a
// *fmt.wrapErrors (each operand once, in argument order, non-errors
// dropped); errors.Is and errors.As walk the tree depth first, calling a
// program's Unwrap() []error too; errors.Unwrap returns nil for them (it
// only calls Unwrap() error). errors.As(nil, nil) returns false before it
// checks its target (Go 1.20+).
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
	ErrC = errors.New("c failed")
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

// A program's own multi-error.
type Batch struct{ errs []error }

func (b *Batch) Error() string { return fmt.Sprint(len(b.errs), " failures") }
func (b *Batch) Unwrap() []error {
	fmt.Println("    (*Batch).Unwrap")
	return b.errs
}

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%T %q\n", j, j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		errs := u.Unwrap()
		fmt.Println(len(errs), errs[0] == ErrA, errs[1] == ErrB)
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(ErrC)
	fmt.Println(one, one == ErrC, errors.Is(one, ErrC))

	nested := errors.Join(fmt.Errorf("ctx: %w", Code(7)), errors.Join(ErrA, Code(9)))
	fmt.Println(nested)
	var c Code
	fmt.Println(errors.As(nested, &c), c)

	list := []error{ErrB, nil, Code(3)}
	fmt.Println(errors.Join(list...))

	w := fmt.Errorf("both: %w and %w", ErrA, Code(4))
	fmt.Println(w)
	fmt.Printf("%T\n", w)
	fmt.Println(errors.Is(w, ErrA), errors.Is(w, Code(4)), errors.Is(w, ErrB), errors.Unwrap(w) == nil)
	var c2 Code
	fmt.Println(errors.As(w, &c2), c2)
	u := w.(interface{ Unwrap() []error }).Unwrap()
	fmt.Println(len(u))
	dup := fmt.Errorf("%[1]w %[1]w %[2]v %[3]w", ErrA, 1, "not an error")
	fmt.Println(dup, len(dup.(interface{ Unwrap() []error }).Unwrap()))

	b := &Batch{[]error{ErrC, fmt.Errorf("wrapped %w", ErrB)}}
	fmt.Println(errors.Is(b, ErrB))
	fmt.Println(errors.Is(fmt.Errorf("outer: %w", b), ErrA))
	var target *Batch
	fmt.Println(errors.As(errors.Join(ErrA, b), &target), target == b)

	fmt.Println(errors.As(nil, nil))
}
