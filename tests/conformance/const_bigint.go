// Untyped integer constants are exact beyond 64 and 128 bits (gc allows
// up to 512 bits): only the final value must fit its type.
package main

import "fmt"

const (
	big   = 1 << 500
	huge  = (big >> 100) * (big >> 400) >> 495
	mask  = big - 1
	KB    = 1 << (10 * (iota - 1))
)

const (
	_  = iota
	K1 = 1 << (100 * iota)
	K2
	K3
	K4
	K5
)

func main() {
	fmt.Println(1<<100>>98, big>>490, huge, mask&0xff, mask>>496, big%7, big/3%1000)
	fmt.Println(^big>>499, -big>>499, (-big-1)>>499, ^0>>1, -1>>100)
	fmt.Println(big&^(big-1) == big, (big|1)&3, (big^3)&7, big^big)
	fmt.Println(K5>>499, K4>>399, K3/K2 == K1, K5/K4/K3 > K1)
	fmt.Println(float64(big), float32(1<<100), float64(K5/K4), float64(-big))
	fmt.Println(float64(1<<511+1<<510), uint64(big>>437), int64(-big>>437))
	const u uint8 = 5
	const v uint16 = 0
	fmt.Println(^u, ^v, ^uint32(0), ^uint64(1), ^int8(5), -(-128))
	fmt.Println(uint64(1<<64-1), int64(-1<<63), 1<<64-1 == 0xffffffffffffffff)
	fmt.Println(12345678901234567890123456789/1000000000000000000000, 1e30/1e20 == 1<<0*1e10)
	var f float64 = 1 << 510 >> 410
	fmt.Println(f, 1<<511>>511 == 1, big*2>>501)
}
