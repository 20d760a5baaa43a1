// float64 constants near the ends of the range: subnormals rounded to
// nearest even from the exact value, the largest finite values, and
// underflow to zero.
package main

import "fmt"

const (
	min = 1.0 / (1 << 500) / (1 << 500) / (1 << 74) // exactly 2^-1074
	max = 0x1.fffffffffffffp1023
)

func main() {
	fmt.Println(min, min/2, min*1.5, min*2.5, min*0.75, min/2*1.0000001)
	fmt.Println(float64(min/2) == 0, min*1.5 == 2*min, 1e-400, -1e-400 == 0)
	fmt.Println(4.9406564584124654e-324, 2.4703282292062327e-324, 2.4703282292062328e-324)
	fmt.Println(2.2250738585072011e-308, 2.2250738585072012e-308, 2.2250738585072014e-308)
	fmt.Println(max, 1.7976931348623158e308, max+1e290, max*1.00000000000000001)
	fmt.Println(1e308*10/100, 1e-320/1e10*1e10, 1e-310+1e-310)
	var f float64 = 1e-1000
	fmt.Println(f, f == 0, 1e-1000*1e1000)
}
