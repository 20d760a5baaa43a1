// Declarations: var with type and/or initializer, grouped var blocks,
// multiple names per declaration, := with at least one new name, and the
// blank identifier.
package main

import "fmt"

func two() (int, string) {
	return 2, "two"
}

func main() {
	var a int
	var b = 5
	var c, d int = 1, 2
	var e, f = "e", true
	var (
		g int8   = -1
		h        = "h"
		i uint16 = 7
	)
	fmt.Println(a, b, c, d, e, f, g, h, i)
	n, s := two()
	fmt.Println(n, s)
	n, t := 3, "three"
	fmt.Println(n, t)
	_, s = two()
	var _ = s
	var m, _ = two()
	fmt.Println(m, s)
	var r rune
	var by byte
	var str string
	var ok bool
	fmt.Println(r, by, str == "", ok)
	const k = 10
	var typed int32 = k * 3
	fmt.Println(typed)
	var x, y, z = 1, "y", false
	fmt.Println(x, y, z)
}
