// b[j], c = 2, 10/z: as gc compiles it (walk's ascompatee), a value that
// no earlier assignment of the statement can change is evaluated at its
// own assignment, so b[j]'s bounds check panics before 10/z divides.
package main

import "fmt"

func main() {
	b := []int{4}
	j, z, c := 5, 0, 1
	fmt.Println("start", b, j, z, c)
	b[j], c = 2, 10/z
	fmt.Println("not reached", c)
}
