// Integer arithmetic wraps around at every width, as Go specifies for
// non-constant operands: int8 overflow, unsigned underflow, uint8
// arithmetic, int16 multiplication, int32 and int64 edges.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a--
	fmt.Println("int8 -128-1 =", a)
	var b int8 = -128
	b = -b
	fmt.Println("int8 -(-128) =", b)
	var b2 int8 = 100
	b2 += 100
	fmt.Println("int8 100+100 =", b2)

	var u uint = 0
	u--
	fmt.Println("uint 0-1 =", u)
	var u32 uint32 = 3
	u32 -= 5
	fmt.Println("uint32 3-5 =", u32)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 65535+2 =", u16)

	var x uint8 = 200
	var y uint8 = 100
	fmt.Println("uint8 200+100 =", x+y)
	fmt.Println("uint8 100-200 =", y-x)
	fmt.Println("uint8 200*2 =", x*2)
	fmt.Println("uint8 200/3 =", x/3)
	var z uint8 = 255
	z++
	fmt.Println("uint8 255+1 =", z)

	var m int16 = 300
	fmt.Println("int16 300*300 =", m*m)
	var n int16 = -32768
	fmt.Println("int16 -32768*-1 =", n*-1)
	fmt.Println("int16 -32768-1 =", n-1)

	var i32 int32 = 2147483647
	fmt.Println("int32 max+1 =", i32+1)
	var i64 int64 = 9223372036854775807
	fmt.Println("int64 max+1 =", i64+1)
	var mul int64 = 3037000500
	fmt.Println("int64 3037000500^2 =", mul*mul)
	var big uint64 = 18446744073709551615
	fmt.Println("uint64 max+1 =", big+1, "max*2 =", big*2)

	// A loop that counts a byte through its whole range.
	var c uint8
	steps := 0
	for c = 250; c != 4; c++ {
		steps++
	}
	fmt.Println("steps from 250 to 4 in uint8:", steps)
}
