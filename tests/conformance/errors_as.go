// errors.As (issue 6, errs) for every target a program can write: a
// pointer to a pointer type, to a value type, to an interface type (empty
// or not), down fmt.Errorf chains and a program's Unwrap methods, and a
// program's own As(any) bool method; the target is left alone when
// nothing matches.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Errno int

func (e Errno) Error() string { return fmt.Sprintf("errno %d", int(e)) }

type Timeout interface {
	error
	Timeout() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Timeout() bool   { return true }
func (n netErr) Unwrap() error   { return Errno(110) }

// As with its own As method: converts itself into a *PathError target.
type Legacy struct{ code int }

func (l Legacy) Error() string { return fmt.Sprint("legacy ", l.code) }
func (l Legacy) As(target any) bool {
	fmt.Println("    Legacy.As", fmt.Sprintf("%T", target))
	if p, ok := target.(**PathError); ok {
		*p = &PathError{"legacy", "?", Errno(l.code)}
		return true
	}
	return false
}

var ErrClosed = errors.New("closed")

func main() {
	err := fmt.Errorf("read config: %w", &PathError{"open", "/etc/x", Errno(2)})

	var pe *PathError
	fmt.Println("1", errors.As(err, &pe), pe.Path, pe.Err)

	var en Errno
	fmt.Println("2", errors.As(err, &en), en, int(en))

	var to Timeout
	fmt.Println("3", errors.As(err, &to), to == nil)
	n := fmt.Errorf("dial: %w", netErr{"i/o timeout"})
	fmt.Println("4", errors.As(n, &to), to, to.Timeout())
	var en2 Errno
	fmt.Println("5", errors.As(n, &en2), en2)

	var anyv any
	fmt.Println("6", errors.As(err, &anyv))
	fmt.Printf("  %T %v\n", anyv, anyv)
	var e2 error
	fmt.Println("7", errors.As(err, &e2), e2 == err)

	var ne netErr
	fmt.Println("8", errors.As(err, &ne), ne.msg == "")
	fmt.Println("9", errors.As(n, &ne), ne.msg)

	pe = nil
	l := fmt.Errorf("wrapped: %w", Legacy{13})
	fmt.Println("10", errors.As(l, &pe), pe)
	var en3 Errno
	fmt.Println("11", errors.As(l, &en3), en3)

	var nilerr error
	fmt.Println("12", errors.As(nilerr, &pe))
	fmt.Println("13", errors.As(ErrClosed, &pe))

	var ptrs []*PathError
	for i := 0; i < 3; i++ {
		var p *PathError
		if errors.As(fmt.Errorf("%d: %w", i, &PathError{"op", fmt.Sprint("/f", i), ErrClosed}), &p) {
			ptrs = append(ptrs, p)
		}
	}
	for _, p := range ptrs {
		fmt.Println("14", p.Path, errors.Is(p, ErrClosed))
	}
}
