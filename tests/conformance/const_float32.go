// float32 constants: rounded once from the exact value, never through
// float64 (which would round twice), with float32's subnormals and range;
// a typed float32 constant is rounded to float32 after every operation.
package main

import "fmt"

const (
	above = 1 + 1.0/(1<<24) + 1.0/(1<<60) // just above a float32 tie
	tie   = 1 + 1.0/(1<<24)               // exactly a tie: to even
	below = 1 + 1.0/(1<<24) - 1.0/(1<<60)
)

func main() {
	var a, b, c float32 = above, tie, below
	fmt.Println(a, b, c, a == 1, b == 1, c == 1)
	fmt.Println(float32(above), float32(float64(above)), float32(16777217), float32(16777219))
	const t float32 = 0.1
	fmt.Println(t*3, t*3 == 0.3, float32(0.1*3), t/3*3)
	fmt.Println(float32(1e-45), float32(7e-46), float32(1e-46), float32(3.4028235e38), float32(1.401298464324817e-45))
	fmt.Println(float32(0x1p-149), float32(0x1p-150), float32(0x1.8p-149), float32(0x1.fffffep127))
	const third32 float32 = 1.0 / 3
	fmt.Println(third32, third32*3, float64(third32), float32(1.0/3)*3)
	var x float32 = 16777216
	fmt.Println(x+1, x+2, float32(16777216+1))
}
