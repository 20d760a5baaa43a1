// Constant expressions are exact (arbitrary precision) at compile time and
// take a type only where used; typed constants keep their type.
package main

import "fmt"

const huge = 1 << 100
const small = huge >> 98
const typed int8 = 100
const maxU64 = 1<<64 - 1
const str = "con" + "cat"
const yes = 3 > 2 && str == "concat"
const char = 'x'

func main() {
	fmt.Println(small, huge>>90)
	fmt.Println(typed, typed/3, -typed)
	var u uint64 = maxU64
	fmt.Println(u, maxU64/3)
	fmt.Println(str, len(str), yes)
	fmt.Println(char, char+1)
	var b byte = char
	fmt.Println(b)
	fmt.Println(7/2, -7/2, 7%-2, 1<<10-1)
	const mask = ^uint32(0)
	fmt.Println(mask)
	const bigDiv = huge / (1 << 97)
	fmt.Println(bigDiv)
	var i int = 'a' - 'A'
	fmt.Println(i)
	fmt.Println(0x10, 0o17, 017, 0b101, 1_000_000)
	var r rune = '\n'
	fmt.Println(r, '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600')
}
