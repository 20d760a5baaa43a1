// A value-receiver method deferred through a nil pointer: the receiver
// is copied at the defer statement, so the panic is there (the rest of
// the body does not run; the deferred calls already registered do).
package main

import "fmt"

type T struct{ x int }

func (t T) Get() { fmt.Println("get", t.x) }

func f(p *T) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			msg = "failed"
		}
	}()
	defer p.Get()
	fmt.Println("reached")
	return "ok"
}

func main() {
	fmt.Println(f(&T{3}))
	fmt.Println(f(nil))
}
