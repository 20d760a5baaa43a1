// Golden: globals in data (constant initializers) and bss (zero values and
// values computed by init code), and the order they are initialized in.
package main

import "fmt"

var answer = 42
var greeting = "hi"
var zero int
var flag bool
var doubled = twice(answer)
var small int8 = -3

func twice(n int) int {
	return 2 * n
}

func init() {
	zero = 7
}

func main() {
	fmt.Println(answer, greeting, zero, flag, doubled, small)
}
