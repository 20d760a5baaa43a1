// Type assertions (issue 6): x.(T) on recover's interface{} value with a
// concrete T compiles; gc's errors for operands that are not interfaces;
// the comma-ok form and interface targets are refused for now.
//
// Checked against go 1.19 (go build -gcflags=-e) for gc's messages.

package main

type Code int

func handle() {
	r := recover()
	_ = r.(Code)           // fine
	n := 3
	_ = n.(int)            // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	c, ok := r.(Code)      // fine since issue 6
	_ = r.(interface{})    // fine since issue 6
	_, _ = c, ok
}

func main() {
	defer handle()
	panic(Code(1))
}
