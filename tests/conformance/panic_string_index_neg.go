// A negative variable index panics too: "index out of range [-1]" (no
// length is printed for a negative index).
package main

import "fmt"

func main() {
	s := "hello"
	i := 2
	for {
		fmt.Println(i, s[i])
		i--
	}
}
