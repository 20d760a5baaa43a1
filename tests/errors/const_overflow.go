// (const) Untyped integer constants are exact up to 512 bits, gc's limit
// (go/types' overflow): beyond, "constant OP overflow" at the operator;
// within it, only the final value must fit its type. Typed constants
// must fit their type after every operation.
//
// Checked against go 1.19: same messages and positions, but for the
// conversion int8(big >> 493), "constant 128 overflows int8" as Go 1.22+
// says it (go.dev/issue/63563; see constants.go).

package main

const big = 1 << 500

func main() {
	_ = big * big // ERROR "constant multiplication overflow"
	_ = big << 100 // ERROR "constant shift overflow"
	_ = (big << 11) + (big << 11) // ERROR "constant addition overflow"
	_ = -(big << 11) - (big << 11) // ERROR "constant subtraction overflow"
	_ = big + big + big*2 // ERROR "cannot use big \+ big \+ big \* 2 \(untyped int constant 13093562431584567480052758787310396608866568184172259157933165472384535185618698219533080369303616628603546736510240284036869026183541572213314110357504\) as int value in assignment to _ identifier \(overflows\)"
	_ = 1 << 1075 // ERROR "invalid operation: invalid shift count 1075 \(untyped int constant\)"
	var z uint8 = big >> 492 // ERROR "cannot use big >> 492 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	var w int64 = big >> 437 // ERROR "cannot use big >> 437 \(untyped int constant 9223372036854775808\) as int64 value in variable declaration \(overflows\)"
	var ok int64 = big>>437 - 1
	_ = int8(big >> 493) // ERROR "constant 128 overflows int8"
	_, _, _ = z, w, ok
}
