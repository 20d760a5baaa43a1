// Integer division truncates toward zero; the remainder has the sign of the
// dividend; MinInt64 / -1 wraps to MinInt64 and MinInt64 % -1 is 0.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	pairs := 0
	for a := -7; a <= 7; a += 7 {
		for b := -3; b <= 3; b += 6 {
			q, r := divmod(a, b)
			fmt.Println(a, "/", b, "=", q, " ", a, "%", b, "=", r)
			pairs++
		}
	}
	fmt.Println(pairs, "pairs")
	var m int64 = -9223372036854775808
	var d int64 = -1
	fmt.Println("MinInt64 / -1 =", m/d)
	fmt.Println("MinInt64 % -1 =", m%d)
	var m8 int8 = -128
	var d8 int8 = -1
	fmt.Println("int8 -128 / -1 =", m8/d8, "% -1 =", m8%d8)
	var m32 int32 = -2147483648
	var d32 int32 = -1
	fmt.Println("int32 min / -1 =", m32/d32)
	var u uint = 17
	var v uint = 5
	fmt.Println("uint 17/5 =", u/v, "17%5 =", u%v)
	var bu uint64 = 18446744073709551615
	fmt.Println("maxuint64/10 =", bu/10, "%10 =", bu%10)
	var b8 uint8 = 250
	var c8 uint8 = 7
	fmt.Println("uint8 250/7 =", b8/c8, "%7 =", b8%c8)
	x := -1
	fmt.Println("-1/2 =", x/2, "-1%2 =", x%2, "-1>>1 =", x>>1)
	y := 7
	y /= -2
	fmt.Println("7 /= -2 ->", y)
	y = -7
	y %= 3
	fmt.Println("-7 %= 3 ->", y)
	// Constant division is exact at compile time, also truncated.
	const c = -7 / 2
	fmt.Println("const -7/2 =", c, "const -7%2 =", -7%2)
}
