// A call with several results as the whole argument list of fmt.Printf
// (the first result is the format) and of the println builtin (stderr).
package main

import "fmt"

func format() (string, int, string) {
	return "%d-%s\n", 42, "x"
}

func pair() (int16, bool) {
	return -300, true
}

func main() {
	fmt.Printf(format())
	println(pair())
	fmt.Println("done")
}
