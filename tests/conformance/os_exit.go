// os.Exit ends the program at once with its status: the deferred calls of
// every frame are not run, and nothing after it prints.
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("finish's deferred call: never printed")
	fmt.Println("exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main's deferred call: never printed")
	for i := 0; i < 3; i++ {
		defer println("loop's deferred call: never printed", i)
	}
	fmt.Println("start")
	finish(3)
	fmt.Println("not reached")
}
