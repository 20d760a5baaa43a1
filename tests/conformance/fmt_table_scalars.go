// Table test of fmt verbs on scalars through fmt.Sprintf: every integer
// width, bools, floats, strings, runes, with flags, widths, precision, '*'
// and argument indexes. Each result is printed quoted, so padding shows.
package main

import "fmt"

func show(format string, s string) {
	fmt.Printf("%-12s %q\n", format, s)
}

func main() {
	var i8 int8 = -128
	var i16 int16 = 32767
	var i32 int32 = -2147483648
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 0xdeadbeef
	var r rune = 'é'
	var b byte = 'A'
	n := 42
	neg := -42

	ints := []string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%U", "%#U", "%.3d", "%8.3d", "%-8.3x|", "%+08d", "%t", "%s", "%e", "%p"}
	for _, f := range ints {
		show(f, fmt.Sprintf(f, n))
		show(f, fmt.Sprintf(f, neg))
	}
	show("%v", fmt.Sprintf("%v %v %v %v", i8, i16, i32, i64))
	show("%v", fmt.Sprintf("%v %v %v %v %v", u8, u16, u32, u64, up))
	show("%x", fmt.Sprintf("%x %x %x %x", i8, i16, i32, i64))
	show("%X", fmt.Sprintf("%X %X %X %X %X", u8, u16, u32, u64, up))
	show("%d", fmt.Sprintf("%d %d %c %q %U", r, b, b, r, r))
	show("%b", fmt.Sprintf("%b %o %O", i8, u16, i32))

	for _, f := range []string{"%v", "%t", "%5t", "%-6t|", "%d", "%s", "%q"} {
		show(f, fmt.Sprintf(f, true))
		show(f, fmt.Sprintf(f, false))
	}

	floats := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.0, 100000, 1e6}
	for _, f := range []string{"%v", "%f", "%.2f", "%8.3f", "%-8.1f|", "%+.1e", "%e", "%E", "%g", "%G", "%.3g", "%10.4g", "%x", "%b", "%d", "%s", "% .2f", "%08.2f", "%+08.2f"} {
		s := ""
		for _, x := range floats {
			s += fmt.Sprintf(f, x) + ";"
		}
		show(f, s)
	}
	var f32 float32 = 0.1
	show("%v", fmt.Sprintf("%v %g %.10f %e", f32, f32, f32, f32))

	strs := []string{"", "hello", "héllo wörld", "tab\there", "\x00\xff", "`back`"}
	for _, f := range []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "% x", "%#x", "% #X", "%X", "%10s", "%-10s|", "%.3s", "%10.2s", "%d", "%c", "%t", "%010s"} {
		s := ""
		for _, x := range strs {
			s += fmt.Sprintf(f, x) + ";"
		}
		show(f, s)
	}

	show("*", fmt.Sprintf("%*d|%-*d|%.*f|%*.*f", 5, 1, 4, 2, 2, 3.14159, 8, 3, 2.5))
	show("*neg", fmt.Sprintf("%*d|", -5, 7))
	show("idx", fmt.Sprintf("%[2]d %[1]d %d", 1, 2))
	show("idx", fmt.Sprintf("%[3]*.[2]*[1]f", 12.0, 2, 6))
	show("idx", fmt.Sprintf("%d %d %#[1]x %#x", 16, 17))
	show("%%", fmt.Sprintf("100%% %d%%", 5))
	show("%c", fmt.Sprintf("%c%c%c", 'G', 'o', 0x1F600))
	show("%U", fmt.Sprintf("%U %#U %#U", 0x1F600, 'x', 0x0))
	show("%q", fmt.Sprintf("%q %+q %#q %q", 'x', 'é', '\'', 0x7))
}
