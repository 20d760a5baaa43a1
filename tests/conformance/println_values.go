// fmt.Println: operands separated by one space, newline at the end, every
// integer type, bools and strings in their %v form; Println with no
// arguments prints just a newline.
package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("s", 1, true, "t", false)
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 4096
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, up)
	var r rune = 'A'
	var b byte = 'B'
	fmt.Println(r, b)
	fmt.Println("", "")
	fmt.Println("a" + "b")
	fmt.Println(1 == 1, "x" < "y")
	fmt.Println(0, -0, +7)
	fmt.Println("multi\nline")
}
