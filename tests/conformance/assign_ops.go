// Compound assignment (+= -= *= /= %= &= |= ^= <<= >>= &^=) and ++/-- on
// several integer types, with parallel assignment evaluated before storing.
package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	fmt.Println("x =", x)
	y := 0xf0
	y &= 0x3c
	y |= 0x01
	y ^= 0xff
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println("y =", y)
	var b uint8 = 250
	b += 10
	b <<= 3
	fmt.Println("b =", b)
	var i16 int16 = 1000
	i16 *= 100
	fmt.Println("i16 =", i16)
	var shift uint = 4
	z := 1
	z <<= shift
	z++
	z++
	z--
	fmt.Println("z =", z)
	s := "a"
	s += "b"
	s += s
	fmt.Println("s =", s)
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	fmt.Println(i, j, k)
	i, j = i+j, i-j
	fmt.Println(i, j)
	var u uint32 = 1
	for n := 0; n < 40; n++ {
		u *= 3
	}
	fmt.Println("3^40 mod 2^32 =", u)
}
