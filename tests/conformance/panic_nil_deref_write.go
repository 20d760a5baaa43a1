// Writing a struct field through a nil pointer panics with "invalid memory
// address or nil pointer dereference" and exit status 2.
package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func bump(c *Counter) {
	c.N++
}

func main() {
	c := &Counter{Name: "ok"}
	bump(c)
	fmt.Println(c.Name, c.N)
	var missing *Counter
	fmt.Println("bumping a nil counter")
	bump(missing)
	fmt.Println("not reached")
}
