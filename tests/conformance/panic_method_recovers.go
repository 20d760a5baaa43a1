// An Error method that panics and recovers inside itself while the
// runtime prints the panic: its result is printed, and the panic being
// printed is still there (issue 6).
package main

import "fmt"

type E struct{ code int }

func (e E) Error() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered inside Error: ", r, ", code ", e.code)
		}
	}()
	var m map[string]int
	m["x"] = e.code
	return "unreachable"
}

func main() {
	defer fmt.Println("deferred in main")
	panic(E{3})
}
