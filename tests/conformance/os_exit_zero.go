// os.Exit(0) during a panic's deferred calls: the panic is not reported
// and the status is 0.
package main

import (
	"fmt"
	"os"
)

func quit() {
	fmt.Println("quitting while panicking")
	os.Exit(0)
}

func main() {
	defer quit()
	panic("never reported")
}
