// Indexing a string past its end panics:
// "panic: runtime error: index out of range [4] with length 3".
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	for i := 0; i <= 5; i += 2 {
		fmt.Println(i, at(s, i))
	}
}
