// A method value of a nil interface panics where it is evaluated (gc
// nil-checks the interface there), not where it is called.
package main

import "fmt"

type Getter interface{ Get() int }

func main() {
	var g Getter
	fmt.Println("before")
	m := g.Get
	fmt.Println("after")
	fmt.Println(m())
}
