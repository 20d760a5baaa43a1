// Constant arithmetic is exact (Go spec: "numeric constants represent
// exact values of arbitrary precision"): a float64 or float32 value is
// rounded once, from the exact value, when the constant gets its type.
// Each line here depends on that: computed in float64 (or in a wider
// float such as x87's long double) it would print something else.
package main

import "fmt"

const (
	tenth = 0.1
	third = 1.0 / 3
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	E     = 2.71828182845904523536028747135266249775724709369995957496696763
	Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
	Ln2   = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E = 1 / Ln2
)

func main() {
	fmt.Println(tenth*3, tenth+0.2, 0.1+0.2 == 0.3, tenth*3 == 0.3)
	fmt.Println(third*3, 1.0/3*3 == 1, 2.0/3+1.0/3)
	fmt.Println(1e300*1e300/1e300, 1e-300*1e-300*1e300*1e300)
	fmt.Println(Pi, Pi*2, Pi/180, Pi*Pi, 1/Pi)
	fmt.Println(E, E*E, Sqrt2*Sqrt2, Sqrt2*Sqrt2 == 2, Log2E, Ln2*Log2E)
	fmt.Println(1e23, 8.41e21, 5e-324, 9007199254740993.0, 9007199254740993.0000000001)
	fmt.Println(0.1+0.7, (0.1+0.7)*10, 4.35*100, 1.1*1.1, 3*0.1-0.3 == 0)
	const x = 1e-30
	fmt.Println(1+x > 1, (1+x)-1, float64(1+x) == 1)
	fmt.Println(7/2, 7/2.0, -7/2, -7%3, 7.0/2, 1/3*3, 1/3.0*3)
	const tf64 float64 = 0.1 // a typed constant is rounded to float64 at once
	fmt.Println(tf64*3, tf64*3 == tenth*3, float64(tenth)*3)
	const h = 0x1p-2 + 0x1.8p1 + 0x.8p0
	fmt.Println(h, 0x1p-1074, 0x1.fffffffffffffp1023)
	fmt.Println(1e5000/1e4999, 1e5000/1e4990, 1e-5000*1e5000, 1e4000/3e3999)
	const q = 1e5000 / 1e4999
	var n int = q
	var m int = 1e1000 / 1e998
	fmt.Println(n, m, int64(1e18), int64(1e18+0.5*2))
	fmt.Printf("%.20f %.25f %v\n", tenth*3, third, third)
	fmt.Println(12345678901234567890.0/10, 1e22+1, 1e22+1 == 1e22)
	fmt.Println(float64(1<<62+1), float64(1<<63-1), float64(-1<<63), float64(1<<53+1))
}
