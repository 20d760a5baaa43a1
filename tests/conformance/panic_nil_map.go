// Storing into a nil map panics with "assignment to entry in nil map" (no
// "runtime error:" prefix) and exit status 2. Reading, len and delete on a
// nil map are fine.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	delete(m, "x")
	ok := make(map[string]int)
	ok["x"] = 1
	fmt.Println(ok)
	m["x"] = 1
	fmt.Println("not reached")
}
