package main

import (
	"errors"
	"fmt"
	"runtime"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type PathErr struct {
	Op   string
	Code int
}

func (e *PathErr) Error() string { return fmt.Sprintf("%s failed with %d", e.Op, e.Code) }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return fmt.Errorf("find: empty name (%d chars)", len(name))
	}
	return fmt.Errorf("find %q: %w", name, NotFound{name})
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	e1 := fmt.Errorf("plain %d %s", 42, "x")
	fmt.Println(e1)
	fmt.Printf("%v|%s|%T\n", e1, e1, e1)
	fmt.Println(e1.Error())
	fmt.Println(errors.Unwrap(e1) == nil)

	e2 := fmt.Errorf("wrapped: %w", ErrBase)
	fmt.Println(e2)
	fmt.Printf("%T %v\n", e2, e2)
	fmt.Println(errors.Unwrap(e2) == ErrBase)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e1, ErrBase))

	e3 := fmt.Errorf("layer 2: %w", e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e3, ErrBase), errors.Is(e3, e2), errors.Is(e2, e3))
	fmt.Println(errors.Unwrap(errors.Unwrap(e3)) == ErrBase)

	fmt.Println(find(""))
	fmt.Println(find("bob"))
	fmt.Println(errors.Unwrap(find("bob")))
	fmt.Println(errors.Is(find("bob"), NotFound{"bob"}), errors.Is(find("bob"), NotFound{"al"}))

	pe := &PathErr{"open", 2}
	e4 := fmt.Errorf("io: %w", pe)
	fmt.Println(e4)
	fmt.Println(errors.Unwrap(e4) == pe)

	// %w misuse
	fmt.Println(fmt.Errorf("num %w", 3))
	fmt.Println(errors.Unwrap(fmt.Errorf("num %w", 3)) == nil)
	fmt.Println(fmt.Errorf("nil %w", nil))
	fmt.Println(fmt.Sprintf("sprintf %w", ErrBase))
	fmt.Println(fmt.Errorf("%+v and %#v|%w", 1, "s", ErrBase))
	fmt.Println(fmt.Errorf("no args"))
	fmt.Println(fmt.Errorf("%d", 1, 2))
	var nilerr error
	fmt.Println(errors.Is(nilerr, nil), errors.Is(e1, nil), errors.Unwrap(nilerr))

	var err error = e3
	for err != nil {
		fmt.Println("chain:", err)
		err = errors.Unwrap(err)
	}

	before := mallocs()
	e5 := fmt.Errorf("count %d", 7)
	after := mallocs()
	fmt.Println("mallocs plain", after-before, e5)
	before = mallocs()
	e6 := fmt.Errorf("w %w", ErrBase)
	after = mallocs()
	fmt.Println("mallocs wrap", after-before, e6)
	before = mallocs()
	e7 := fmt.Errorf("")
	after = mallocs()
	fmt.Println("mallocs empty", after-before, e7 == nil)
}
