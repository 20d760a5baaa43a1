// Deferred closures and func values (issue 6, func): defer func() {...}()
// with recover inside (the common pattern, setting named results), defer
// fv(args) with arguments evaluated at the defer statement, deferred
// closures in a loop (each its own heap record), a deferred closure that
// sees the final values of variables it captures by reference.
package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	q = a / b
	return q, "ok"
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func counter() (n int) {
	defer func() { n *= 10 }()
	n = 4
	return n + 1
}

func loop() {
	for i := 0; i < 3; i++ {
		j := i * i
		defer func() { fmt.Println("loop defer", j) }()
	}
}

func values() {
	show := func(s string, n int) { fmt.Println("show", s, n) }
	x := 1
	defer show("x was", x)
	defer func() { fmt.Println("x is", x) }()
	x = 2
	var p func(string, int) = show
	defer p("via var", x)
	x = 3
}

func main() {
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	work()
	fmt.Println(counter())
	loop()
	values()
	func() {
		defer func() {
			fmt.Println("recovered", recover())
		}()
		var m map[string]int
		m["boom"] = 1
	}()
	fmt.Println("end")
}
