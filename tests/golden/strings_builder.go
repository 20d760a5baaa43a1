// (issue 6) What strings and strconv allocate, in the trace: a Builder's
// buffer growing as append grows a slice (each new buffer an allocation at
// the WriteString call, the old one garbage), Split's []string, Repeat's
// one buffer of the result's size, and the string Itoa formats (Itoa of a
// small number allocates nothing: Go's static "00".."99").
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("hello, ")
	}
	parts := strings.Split(b.String(), ", ")
	fmt.Println(len(parts), strings.Repeat("ab", 5))
	fmt.Println(strconv.Itoa(42), strconv.Itoa(1234))
}
