// (issue 6, strconv) strconv.Atoi and ParseInt as Go returns them: values
// over bases, signs and bit sizes, edge values, and every error form (the
// clamped value on a range error, 0 on a syntax error).
package main

import (
	"fmt"
	"strconv"
)

func atoi(s string) {
	n, err := strconv.Atoi(s)
	fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
}

func parse(s string, base, bits int) {
	n, err := strconv.ParseInt(s, base, bits)
	fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", s, base, bits, n, err)
}

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "007", "", "-", "+", "12a", " 1", "1 ",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
		"123456789012345678", "1234567890123456789", "99999999999999999999", "1_000", "0x1f", "--1", "٣"} {
		atoi(s)
	}
	for _, b := range []int{0, 2, 8, 10, 16, 36} {
		for _, s := range []string{"101", "-101", "0x1f", "0X1F", "0b101", "0o17", "017", "0", "1_000", "0x_1f",
			"_1", "1__0", "1_", "zz", "Zz", "0b", "0x"} {
			parse(s, b, 64)
		}
	}
	for _, bits := range []int{0, 8, 16, 32, 64} {
		for _, s := range []string{"127", "128", "-128", "-129", "32767", "32768", "-32769",
			"2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"-9223372036854775808", "-9223372036854775809", "18446744073709551616"} {
			parse(s, 10, bits)
		}
	}
	parse("12", 1, 64)
	parse("12", 37, 64)
	parse("12", -1, 64)
	parse("12", 100, 64)
	parse("12", 10, 65)
	parse("12", 10, -1)
	parse("12", 10, 128)
	parse("", 10, 64)
	parse("-", 10, 64)
	parse("+", 0, 64)
	parse("-0x8000000000000000", 0, 64)
	parse("-0x8000000000000001", 0, 64)
	parse("0x7fffffffffffffff", 0, 64)
	parse("-1_000_000", 0, 32)
	parse("ffffffffffffffffffff", 16, 64)
}
