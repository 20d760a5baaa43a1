// A panic raised by a deferred call while another panics: the traceback
// shows the deferred call, gopanic's frame in runtime/panic.go, then the
// frames of the first panic (issue 6).
package main

import "fmt"

func cleanup() {
	panic("second")
}

func work() {
	defer cleanup()
	fmt.Println("working")
	panic("first")
}

func main() {
	work()
}
