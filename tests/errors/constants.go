// Constants: representability, overflow of typed constants, iota, and
// declarations with too few or too many values.
//
// Checked against go 1.19: same positions. One message is today's, not
// 1.19's: a constant integer conversion that overflows says "constant 200
// overflows int8" (Go 1.22+, go.dev/issue/63563; 1.19: "cannot convert 200
// (untyped int constant) to type int8").

package main

const big int8 = 100

const (
	a, b = 1 // ERROR "missing init expr for b"
	c, d = 1, 2, 3 // ERROR "extra init expr 3"
)

const (
	k0 int8 = iota * 100
	k1
	k2 // ERROR "cannot use iota \* 100 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
)

var v = 1

const notConst = v // ERROR "v \(variable of type int\) is not constant"

func main() {
	_ = big * 2       // ERROR "big \* 2 \(constant 200 of type int8\) overflows int8"
	_ = int8(200)     // ERROR "constant 200 overflows int8"
	_ = uint(-1)      // ERROR "constant -1 overflows uint"
	const x = 10 / 0  // ERROR "invalid operation: division by zero"
	var i int = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	_ = i
}
