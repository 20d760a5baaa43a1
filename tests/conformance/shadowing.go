// Scopes: a name declared in an inner block shadows the outer one until the
// block ends; := in a nested scope declares a new variable; package-level
// names can be shadowed by locals.
package main

import "fmt"

var x = "package"

func show() {
	fmt.Println("show sees", x)
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := 1
		x++
		fmt.Println("block", x)
		{
			x := true
			fmt.Println("inner block", x)
		}
		fmt.Println("block again", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := len(x); x > 3 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	y := 1
	if true {
		y := y + 1
		y *= 10
		fmt.Println("inner y", y)
	}
	fmt.Println("outer y", y)
	a, b := 1, 2
	{
		a, c := 10, 3
		b = a + c
	}
	fmt.Println(a, b)
	switch x := 7; {
	case x > 5:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
	var fmt_ = "not the package"
	fmt.Println(fmt_)
	{
		const x = 7 / 2 * 2
		fmt.Println("const x", x, x == 6)
	}
}
