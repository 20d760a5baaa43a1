// go of a method of a nil interface panics in the creating goroutine, at
// the go statement.
package main

import "fmt"

type Runner interface{ Run() }

func main() {
	var r Runner
	fmt.Println("before")
	go r.Run()
	fmt.Println("not reached")
}
