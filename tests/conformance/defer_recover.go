// recover in a deferred function stops a panic: the function that deferred
// it returns normally, with its named results as they stand (the deferred
// call cannot change them yet: that needs closures). recover returns nil
// when there is no panic, and the panic's value otherwise.
package main

import "fmt"

type Code int

func handle(name string) {
	r := recover()
	if r != nil {
		fmt.Println(name, "recovered:", r)
		return
	}
	fmt.Println(name, "had nothing to recover")
}

func safeDiv(a, b int) (q int, ok bool) {
	defer handle("safeDiv")
	q = -1
	q = a / b
	ok = true
	return q, ok
}

func fail(v int) (n int) {
	defer handle("fail")
	n = v
	if v > 1 {
		panic(Code(v))
	}
	if v > 0 {
		panic("value one")
	}
	return v * 100
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(fail(0))
	fmt.Println(fail(1))
	fmt.Println(fail(5))
	fmt.Println("recover outside a panic:", recover())
	handle("main")
}
