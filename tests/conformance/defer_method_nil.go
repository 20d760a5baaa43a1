// defer of a method of a nil interface panics at the defer statement
// (before the rest of the body), and the deferred calls already
// registered run.
package main

import "fmt"

type Closer interface{ Close() }

func main() {
	var c Closer
	defer fmt.Println("deferred print runs")
	fmt.Println("before")
	defer c.Close()
	fmt.Println("after")
}
