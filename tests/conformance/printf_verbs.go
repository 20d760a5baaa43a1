// fmt.Printf verbs on this subset's types: %d %s %v %t %q %x %X %c %% and
// how each formats ints of several widths, strings, bools and runes.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d %v %x %X\n", n, n, n, n)
	fmt.Printf("%d %x %X\n", -255, -255, -255)
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %x\n", u8, i8, u64, u64)
	fmt.Printf("%s|%v|%q\n", "go", "go", "go")
	fmt.Printf("%q\n", "tab\t nl\n quote\" bs\\ é \x00 \xff")
	fmt.Printf("%x %X\n", "hi!", "hi!")
	fmt.Printf("%t %v %t\n", true, false, 1 < 2)
	fmt.Printf("%c%c%c %c\n", 'G', 'o', '!', 19990)
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '\'', 19990)
	var r rune = 'é'
	fmt.Printf("%v %d %c %q %x\n", r, r, r, r, r)
	var b byte = 'z'
	fmt.Printf("%v %c %q\n", b, b, b)
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%|%v%%\n", 50, 75)
	fmt.Printf("no verbs\n")
	fmt.Printf("%s and %s\n", "this", "that")
	fmt.Printf("%v %v %v %v\n", 1, "two", true, 'x')
	fmt.Printf("%x %X\n", 3735928559, 48879)
	fmt.Printf("%d\n", 12345)
	fmt.Printf("%c|%c\n", 65, 0x1F600)
}
