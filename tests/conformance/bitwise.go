// Bitwise operators: & | ^ &^ and unary ^ (complement) at several widths.
package main

import "fmt"

func main() {
	a := 0b1100
	b := 0b1010
	fmt.Println("a&b =", a&b, "a|b =", a|b, "a^b =", a^b, "a&^b =", a&^b)
	fmt.Println("^a =", ^a, "^0 =", ^0)
	var u8 uint8 = 0x0f
	fmt.Println("^uint8(0x0f) =", ^u8)
	var u uint = 0
	fmt.Println("^uint(0) =", ^u)
	var i8 int8 = 5
	fmt.Println("^int8(5) =", ^i8)
	var u16 uint16 = 0xff00
	var mask uint16 = 0x0ff0
	fmt.Println("u16 &^ mask =", u16&^mask)
	x := 0x12345678
	x &^= 0xff
	fmt.Println("x &^= 0xff ->", x)
	x |= 0x3
	x ^= 0x10000000
	x &= 0xfffffff
	fmt.Println("x =", x)
	// Clear the lowest set bit until none remains.
	v := 0xb6
	for v != 0 {
		fmt.Print(v&-v, " ")
		v &= v - 1
	}
	fmt.Println()
	var n int64 = -1
	fmt.Println("int64 -1 &^ 0xff =", n&^0xff)
	fmt.Println(6&3 == 2, 6|3 == 7, 6^3 == 5)
}
