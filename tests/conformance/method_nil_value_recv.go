// A value method called through a nil *T (an interface holding a nil
// pointer, or a method value of (*T).M): gc's wrapper checks the pointer
// and runtime.panicwrap names the method (issue 6).
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	var p *T
	var g Getter = p
	try("interface", func() { fmt.Println(g.Get()) })
	try("method expression", func() { fmt.Println((*T).Get(p)) })
	f := (*T).Get
	try("method expression value", func() { fmt.Println(f(p)) })
}
