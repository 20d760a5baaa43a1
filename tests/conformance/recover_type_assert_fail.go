// x.(T) on a value of another type panics with Go's TypeAssertionError
// message; raised inside a deferred call, it follows the recovered panic.
package main

import "fmt"

func expectString() {
	r := recover()
	fmt.Println("recovered", r)
	s := r.(string)
	fmt.Println(s)
}

func main() {
	defer expectString()
	panic(404)
}
