// An Error method that panics while the runtime prints the panic: Go's
// preprintpanics turns it into a fatal error (issue 6).
package main

type E struct{}

func (E) Error() string { panic("inside Error") }

func main() {
	panic(E{})
}
