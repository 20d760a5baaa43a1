// A sign-extending conversion into a composite literal's element writes
// only the element (found by differential testing: it once wrote 8 bytes
// and overwrote the next element).
package main

import "fmt"

var m int16 = -1

func main() {
	z := [2]uint32{uint32(m)}
	fmt.Println(z)
	var a [2]uint32
	a[0] = uint32(m)
	fmt.Println(a)
}
