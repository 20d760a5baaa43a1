// data_bss.go: where package-level variables live, and when they get their
// values.
//
// Run `govm layout examples/data_bss.go`, then
// `govm run --trace-memory examples/data_bss.go`, and look at:
//   - limit, name, and offset have constant initializers: they sit in the
//     data segment and hold their values as soon as the program is loaded
//     (the trace lists them first, before any frame is pushed);
//   - count and ready have no initializer: they sit in bss, which the loader
//     only zeroes;
//   - area and label are initialized by code (function calls), so they also
//     sit in bss, zero until the package's init code runs; their second
//     trace lines come later, set by init code, in dependency order: area
//     needs width and height, which are declared after it, so those come
//     first;
//   - the init function runs after every variable is initialized, before
//     main.
package main

import "fmt"

var limit = 100
var name = "govm"
var offset int8 = -8

var count int
var ready bool

var area = multiply(width, height)
var label = describe(area)
var width = measure("width", 6)
var height = measure("height", 7)

func measure(what string, v int) int {
	fmt.Println("measuring", what)
	return v
}

func multiply(a, b int) int {
	return a * b
}

func describe(n int) string {
	if n > limit {
		return "big"
	}
	return "small"
}

func init() {
	count = area / 2
	ready = true
}

func main() {
	fmt.Println(limit, name, offset)
	fmt.Println(count, ready)
	fmt.Println(area, label, width, height)
}
