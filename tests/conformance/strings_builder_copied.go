// (issue 6) A strings.Builder copied by value after use panics when the
// copy is written to; reading the copy is allowed.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.Len(), b.String())
	b.WriteString("y")
	fmt.Println("unreachable")
}
