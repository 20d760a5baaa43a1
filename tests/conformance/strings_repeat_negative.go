// (issue 6) strings.Repeat with a negative count panics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	n := 3
	fmt.Println(strings.Repeat("ab", n))
	fmt.Println(strings.Repeat("ab", n-5))
}
