// []rune of a constant string is gc's composite literal []rune{...}: its
// capacity is exactly its length, so append reallocates, whether it stays
// on the stack or escapes; invalid UTF-8 gives U+FFFD per byte (diff3 B5).
package main

import "fmt"

var rs []rune

const greeting = "héllo, 世界"

func keep() []rune { return []rune("escapes") }

func main() {
	c := []rune("héllo")
	fmt.Println(len(c), cap(c), string(c))
	d := append(c, '!')
	d[0] = 'H'
	fmt.Println(string(c), string(d))
	rs = []rune("héllo")
	fmt.Println(len(rs), cap(rs))
	g := []rune(greeting)
	fmt.Println(len(g), cap(g), g[7], string(g[7:]))
	bad := []rune("a\xffb\xe4\xb8")
	fmt.Println(len(bad), cap(bad), bad)
	e := []rune("")
	fmt.Println(len(e), cap(e), e == nil)
	k := keep()
	fmt.Println(len(k), cap(k), string(k))
	for i, r := range []rune("añb") {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
