// Shifts: counts at and past the width give 0 (or -1 for a negative signed
// value shifted right), signed right shifts are arithmetic, and the count may
// be any integer type.
package main

import "fmt"

func main() {
	x := 1
	var n uint = 63
	fmt.Println("1<<63 =", x<<n)
	n = 64
	fmt.Println("1<<64 =", x<<n)
	n = 200
	fmt.Println("1<<200 =", x<<n)

	neg := -16
	var k uint8 = 2
	fmt.Println("-16>>2 =", neg>>k)
	k = 70
	fmt.Println("-16>>70 =", neg>>k)
	fmt.Println("16>>70 =", 16>>k)
	var i8 int8 = -128
	var c1 int = 1
	fmt.Println("int8 -128>>1 =", i8>>c1)
	fmt.Println("int8 -128<<1 =", i8<<c1)
	var u8 uint8 = 0x81
	fmt.Println("uint8 0x81<<1 =", u8<<c1, "0x81>>1 =", u8>>c1)
	var c8 int8 = 7
	fmt.Println("uint8 0x81>>7 =", u8>>c8)
	var c16 uint16 = 9
	fmt.Println("uint8 0x81<<9 =", u8<<c16)
	var c64 int64 = 33
	var i32 int32 = 1
	fmt.Println("int32 1<<33 =", i32<<c64)
	var u32 uint32 = 0xffffffff
	fmt.Println("uint32 max>>31 =", u32>>31, "<<31 =", u32<<31)
	var m int64 = -9223372036854775808
	fmt.Println("minint64>>63 =", m>>63)
	var un uint64 = 1 << 63
	fmt.Println("1<<63 unsigned >>63 =", un>>63)
	var ptr uintptr = 3
	fmt.Println("shift by uintptr:", 1<<ptr)

	// A computed count: bits of a number.
	v := 0xdeadbeef
	bits := 0
	for s := 0; s < 64; s++ {
		if v>>s&1 == 1 {
			bits++
		}
	}
	fmt.Println("bits set in 0xdeadbeef:", bits)

	// Shift of an untyped constant takes its type from the context.
	var sh uint = 3
	var r8 int8 = 1 << sh
	fmt.Println("int8 from 1<<3:", r8)
	var big int64 = 1 << 40
	fmt.Println("1<<40 =", big)
}
