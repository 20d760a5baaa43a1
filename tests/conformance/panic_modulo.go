// Modulo by zero panics exactly like division: "integer divide by zero",
// here on a uint8 inside a loop.
package main

import "fmt"

func main() {
	var n uint8 = 100
	for d := uint8(3); ; d-- {
		fmt.Println(n, "%", d, "=", n%d)
	}
}
