// Functions declared without a body.
//
// Checked against go 1.19: same messages and positions. gc reports a
// missing body from its back end, so only when nothing else is wrong
// (except for init, which the type checker reports); so does govm.

package main

func external(x int) int // ERROR "missing function body"

func nothing() // ERROR "missing function body"

func main() {
	nothing()
	_ = external(1)
}
