// Valid Go outside govm's first subset: statements, declarations,
// builtins, packages. Each is refused by name at its position.
//
// go 1.19 builds this file without errors.

package main

import (
	"fmt"
	"os"
	"sort" // ERROR "govm does not support package .sort. yet"
)

type T struct{}

func (T) Method() {} // fine since issue 6

func main() {
	x := 1
	defer close(make(chan int)) // ERROR "govm does not support defer statements calling built-in close yet"
	go fmt.Println(x)        // ERROR "govm does not support go statements calling fmt\.Println yet"
	f := func() int {        // fine since issue 6 (func)
		return x
	}
	goto end // ERROR "govm does not support goto yet"
end:
	s, _ := fmt.Sscan("7", &x) // ERROR "govm does not support fmt.Sscan yet"
	sort.Ints(nil)
	os.Exit(f())
	_ = s
}
