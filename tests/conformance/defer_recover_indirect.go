// recover stops a panic only when the deferred call itself calls it: a
// function that the deferred call calls gets nil, and the panic goes on.
package main

import "fmt"

func helper() {
	fmt.Println("helper's recover:", recover())
}

func deferred() {
	helper()
	fmt.Println("deferred call done")
}

func main() {
	defer deferred()
	panic("not stopped")
}
