// Conversions between integer types truncate to the narrower width and then
// sign-extend or zero-extend to the wider one; uintptr is an unsigned 64-bit
// integer.
package main

import "fmt"

func main() {
	var i int = 300
	fmt.Println("int8(300) =", int8(i))
	fmt.Println("uint8(300) =", uint8(i))
	var neg int = -1
	fmt.Println("uint8(-1) =", uint8(neg))
	fmt.Println("uint16(-1) =", uint16(neg))
	fmt.Println("uint32(-1) =", uint32(neg))
	fmt.Println("uint64(-1) =", uint64(neg))
	fmt.Println("uint(-1) =", uint(neg))

	var b uint8 = 200
	fmt.Println("int8(uint8 200) =", int8(b))
	fmt.Println("int(int8(uint8 200)) =", int(int8(b)))
	fmt.Println("int(uint8 200) =", int(b))

	var s int8 = -5
	fmt.Println("uint8(int8 -5) =", uint8(s))
	fmt.Println("uint16(int8 -5) =", uint16(s))
	fmt.Println("uint32(int8 -5) =", uint32(s))
	fmt.Println("int64(int8 -5) =", int64(s))

	var w int64 = 0x123456789
	fmt.Println("int32(0x123456789) =", int32(w))
	fmt.Println("uint32(0x123456789) =", uint32(w))
	fmt.Println("int16(0x123456789) =", int16(w))
	var h int64 = 0x80000000
	fmt.Println("int32(0x80000000) =", int32(h))
	var big uint64 = 18446744073709551615
	fmt.Println("int64(maxuint64) =", int64(big))
	fmt.Println("int(maxuint64) =", int(big))

	var p uintptr = 0xc000010000
	p += 8
	fmt.Println("uintptr:", p)
	fmt.Printf("uintptr hex: %x\n", p)
	var q uintptr = 0
	q--
	fmt.Println("uintptr 0-1 =", q)
	fmt.Println("uintptr to int:", int(uintptr(42)))

	// byte and rune are aliases of uint8 and int32.
	var by byte = 'A'
	var r rune = 'é'
	fmt.Println(by, r, int32(by)+r)
	r = -1
	fmt.Println("byte(rune -1) =", byte(r))
}
