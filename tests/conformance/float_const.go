// Floating-point constants (issue 6): untyped float constants are exact
// until they take a type, typed ones are rounded to their type, and the
// rounding of a constant to float64 or float32 is gc's (correctly rounded).
package main

import "fmt"

const (
	third = 1.0 / 3
	tenth = 0.1
	big   = 1e100
	huge  = 1e300 * 1e300 / 1e300 // the intermediate 1e600 is no float64
	tiny  = 1e-400 * 1e400
	avogadro = 6.02214076e23
	pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	hex   = 0x1.8p1
	under = 1_000.000_5
)

const typed float64 = 0.1
const typed32 float32 = 0.1

type Celsius float64

const boiling Celsius = 100

var g = 2.5
var g32 float32 = 1.25
var gc = boiling * 9 / 5

func main() {
	fmt.Println(third, tenth, big, huge, tiny, avogadro, pi, hex, under)
	fmt.Println(third*3 == 1, tenth*3 == 0.3, 0.1+0.2 == 0.3, big/1e99, huge == 1e300)
	var x int = third * 3
	var y int = tenth * 10
	var z uint8 = 2.5 * 2
	fmt.Println(x, y, z, 7.0/2, 7/2, 7/2.0, 3/2*2.0, 3.0/2*2)
	fmt.Println(typed*3, typed*3 == 0.3, typed32*3, float64(typed32))
	fmt.Println(float32(third), float64(float32(tenth)), float32(1e-46), float32(16777217))
	fmt.Println(g, g32, gc, boiling, boiling/3)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.0001, 0.00001, 100000.0, 123456.5, 1e-7)
	fmt.Println(9007199254740993.0, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
	fmt.Println(0.7+0.1, 1.1*1.1, 100*1.1, 0.1*3, 1-0.9)
	const shifted = 1 << 62
	fmt.Println(shifted*4.0, float64(shifted), 1<<70/1e20)
	var f float64 = 1 << 62
	var h float32 = 1 << 30
	fmt.Println(f, h, -pi, -(-tenth))
}
