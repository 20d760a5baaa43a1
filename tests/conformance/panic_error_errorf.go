package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("again: %w", errors.New("inner")))
	}()
	panic(fmt.Errorf("first %d", 1))
}
