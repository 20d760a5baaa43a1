// Shifting by a negative signed count panics:
// "panic: runtime error: negative shift amount".
package main

import "fmt"

func main() {
	x := 1
	for s := 2; s >= -1; s-- {
		fmt.Println("1 <<", s, "=", x<<s)
	}
}
