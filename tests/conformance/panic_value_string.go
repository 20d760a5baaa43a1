// panic with a string value built at run time, from two calls deep: the
// report is "panic: " and the string, a blank line and the traceback of
// the frames still on the stack; exit status 2.
package main

import "fmt"

func check(name string, age int) int {
	if age < 0 {
		panic("invalid age for " + name)
	}
	return age
}

func register(name string, age int) {
	fmt.Println("registering", name)
	fmt.Println("age", check(name, age))
}

func main() {
	register("ann", 31)
	register("bob", -4)
	fmt.Println("not reached")
}
