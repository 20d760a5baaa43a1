// A program's Is and Unwrap methods that panic inside errors.Is (issue 6,
// errs): the panic propagates through errors.Is to the caller, where a
// deferred recover sees it; the last one is not recovered (exit 2).
package main

import (
	"errors"
	"fmt"
)

type Picky struct{ name string }

func (p Picky) Error() string { return p.name }
func (p Picky) Is(target error) bool {
	if target == nil {
		return false
	}
	panic("Picky.Is: " + target.Error())
}

type Broken struct{ inner *Broken }

func (b *Broken) Error() string { return "broken" }
func (b *Broken) Unwrap() error {
	return b.inner.inner // nil dereference at the end of the chain
}

var ErrX = errors.New("x")

func check(name string, err, target error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	fmt.Println(name, errors.Is(err, target))
}

func main() {
	check("picky", fmt.Errorf("w: %w", Picky{"p"}), ErrX)
	check("broken", &Broken{&Broken{}}, ErrX)
	check("fine", fmt.Errorf("w: %w", ErrX), ErrX)
	fmt.Println(errors.Is(Picky{"q"}, errors.New("boom")))
}
