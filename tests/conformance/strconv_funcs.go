// (issue 6) strconv.Itoa, FormatInt in every base, and Quote with Go's
// exact escaping (\a \b \f \n \r \t \v \\ \", \x for invalid UTF-8, \u
// and \U for runes that are not printable).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, i := range []int{0, 7, 9, 10, 42, 99, 100, -1, -99, 12345, 1 << 40, -9223372036854775808, 9223372036854775807} {
		fmt.Println(strconv.Itoa(i), len(strconv.Itoa(i)))
	}
	for _, base := range []int{2, 3, 8, 10, 16, 32, 36} {
		fmt.Println(base, strconv.FormatInt(0, base), strconv.FormatInt(5, base), strconv.FormatInt(35, base),
			strconv.FormatInt(255, base), strconv.FormatInt(-255, base), strconv.FormatInt(-9223372036854775808, base))
	}
	var x int64 = 1234567
	fmt.Println(strconv.FormatInt(x, 10) + strconv.Itoa(int(x%10)))
	for _, s := range []string{"", "plain", "a\"b", `back\slash`, "\a\b\f\n\r\t\v", "\x00\x01\x7f",
		"héllo", "日本", "\u200b\u00ad\ufeff", "\xff\xfe", "a\xe2\x82", "😀", "\U0001d11e", "\U000e0001", "'single'",
		"\u2028\u2029", "tab\there"} {
		fmt.Println(strconv.Quote(s))
	}
}
