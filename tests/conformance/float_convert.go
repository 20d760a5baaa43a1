// Conversions between floats and integers (issue 6): truncation toward
// zero, rounding to nearest even from integers, float32 <-> float64, and
// the out-of-range and NaN cases, whose results Go leaves to the
// implementation; govm gives what gc gives on amd64.
package main

import "fmt"

func toInts(f float64) {
	fmt.Println(int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f), uint16(f), uint32(f), uint64(f), uintptr(f))
}

func toInts32(f float32) {
	fmt.Println(int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f), uint16(f), uint32(f), uint64(f))
}

type Celsius float64
type Small int8

func main() {
	var zero float64
	nan, inf := zero/zero, 1/zero
	for _, f := range []float64{0, -0.5, 0.5, 1.9, -1.9, 127.5, 128.5, -129.5, 255.9, 256.5, 65535.5,
		70000.7, -70000.7, 2147483647.9, 2147483648.5, -2147483649.5, 3e9, -3e9, 5e9,
		9.2233720368547748e18, 9.2233720368547758e18, -9.2233720368547758e18, 1e19, 1.8446744073709550e19,
		2e19, -1e19, 1e20, nan, inf, -inf} {
		toInts(f)
	}
	for _, f := range []float32{0, -0.5, 1.9, -1.9, 300.7, 3e9, -3e9, 1e19, 2e19, 1e20, float32(nan), float32(inf), float32(-inf)} {
		toInts32(f)
	}

	// integers to floats, rounded to nearest even
	var i64 int64 = 1<<62 + 1
	var u64 uint64 = 1<<64 - 1
	var u64b uint64 = 1<<63 + 1025
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u32 uint32 = 4000000000
	var i32 int32 = -2147483648
	var n int = 16777217
	fmt.Println(float64(i64), float64(u64), float64(u64b), float64(i8), float64(u8), float64(i16), float64(u32), float64(i32), float64(n))
	fmt.Println(float32(i64), float32(u64), float32(u64b), float32(i8), float32(u8), float32(i16), float32(u32), float32(i32), float32(n))
	var odd int64 = 9007199254740993
	fmt.Println(float64(odd), int64(float64(odd)), float64(odd+2))

	// between the two widths
	d := 0.1
	s := float32(d)
	fmt.Println(s, float64(s), float64(s) == d, float32(float64(s)) == s)
	big := 1e39
	fmt.Println(float32(big), float32(-big), float32(1e-46), float32(3.4028235e38))
	fmt.Println(float32(16777217.0), float32(0.1+0.2))

	// defined types
	c := Celsius(36.6)
	fmt.Println(c, float64(c)+0.4, Celsius(100)*9/5+32, int(c), Small(c))
	var sm Small = -7
	fmt.Println(Celsius(sm), float32(sm)/2)

	// into arrays and structs: neighbours untouched
	arr := [4]int8{1, 2, 3, 4}
	arr[1] = int8(-2.9 * float64(arr[0]))
	fmt.Println(arr)
	pair := struct {
		a uint16
		b int16
		c float32
	}{uint16(d * 1000), int16(-d * 1000), float32(d * 3)}
	fmt.Println(pair)
}
