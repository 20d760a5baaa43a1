// panic with an untyped constant: it takes its default type (int) and
// prints as print prints an int.
package main

import "fmt"

func main() {
	fmt.Println("before")
	panic(42)
}
