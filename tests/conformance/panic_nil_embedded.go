// A promoted field read through a nil embedded pointer panics with "invalid
// memory address or nil pointer dereference" and exit status 2, even
// though the outer struct itself is not nil.
package main

import "fmt"

type Inner struct {
	Value int
}

type Outer struct {
	*Inner
	Name string
}

func main() {
	ok := Outer{&Inner{5}, "ok"}
	fmt.Println(ok.Name, ok.Value)
	bad := Outer{Name: "bad"}
	fmt.Println(bad.Name, bad.Inner == nil)
	fmt.Println(bad.Value)
	fmt.Println("not reached")
}
