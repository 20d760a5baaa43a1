// Method declarations (issue 6): receivers gc refuses, duplicate methods,
// a field and a method of one name.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Get() int  { return c.n } // ERROR "Counter.Get redeclared in this block\n\tmethod_decl.go:8:18: other declaration of Get"

type P *Counter

func (p P) X() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ M() }

func (i I) Y() {}   // ERROR "invalid receiver type I \(pointer or interface type\)"
func (x int) Z() {} // ERROR "cannot define new methods on non-local type int"

type S struct{ F int }

func (s S) F() {} // ERROR "field and method with the same name F\n\tmethod_decl.go:20:16: other declaration of F"

func main() {}
