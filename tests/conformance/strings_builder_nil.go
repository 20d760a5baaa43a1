// (issue 6) A method of a nil *strings.Builder dereferences nil.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b *strings.Builder
	fmt.Println("before")
	b.WriteString("x")
}
