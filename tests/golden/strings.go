// Golden: string literals in rodata, concatenation allocating on the heap,
// and a string index and slice that allocate nothing.
package main

import "fmt"

func main() {
	a := "go"
	b := a + "vm"
	c := b + "!"
	fmt.Println(c, len(c), c[1], c[2:4])
}
