// Printf flags beyond width: + (always a sign), space (a space for
// positives), # (0x prefix for %x, backquotes where possible for %q), and
// a precision on strings (%.3s truncates).
package main

import "fmt"

func main() {
	fmt.Printf("%+d %+d %+d\n", 5, -5, 0)
	fmt.Printf("[% d] [% d]\n", 5, -5)
	fmt.Printf("%#x %#X %#x\n", 255, 255, 0)
	fmt.Printf("%#q %#q\n", "raw", "has`tick")
	fmt.Printf("[%.3s] [%.10s] [%5.2s]\n", "abcdef", "ab", "xyz")
	fmt.Printf("[%+5d] [%-+5d]\n", 3, 3)
	fmt.Printf("%+q\n", "é日")
	fmt.Printf("%x\n", "")
	fmt.Printf("% x\n", "abc")
	fmt.Printf("%.0d|%.3d\n", 0, 7)
}
