// Package-level variables are initialized in dependency order: a variable
// whose initializer uses later-declared variables or calls functions that
// read them waits until they are initialized; independent ones keep
// declaration order. Every step prints, so the order is visible.
package main

import "fmt"

var a = trace("a", b+c)
var b = trace("b", f())
var c = trace("c", 3)
var d = trace("d", 4)
var total = sumAll()
var e, g = pair()
var zero int
var msg = "ready: " + name
var name = "govm"

func trace(label string, v int) int {
	fmt.Println("init", label, "=", v)
	return v
}

func f() int {
	return d * 10
}

func sumAll() int {
	fmt.Println("sumAll sees", a, b, c, d)
	return a + b + c + d
}

func pair() (int, int) {
	fmt.Println("pair")
	return total + 1, total + 2
}

func main() {
	fmt.Println("main:", a, b, c, d, total, e, g, zero)
	fmt.Println(msg)
}
