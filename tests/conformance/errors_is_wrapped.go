package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

func find(name string) error {
	return fmt.Errorf("find %q: %w", name, NotFound{name})
}

func main() {
	e := find("bob")
	fmt.Println(errors.Is(e, NotFound{"bob"}))
	fmt.Println(errors.Is(find("bob"), NotFound{"bob"}))
	x := NotFound{"bob"}
	fmt.Println(errors.Is(find("bob"), x))
	var t error = NotFound{"bob"}
	fmt.Println(errors.Is(find("bob"), t))
}
