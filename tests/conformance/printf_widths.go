// Printf widths and flags: right-aligned by default, - aligns left, 0 pads
// with zeros (after the sign), widths apply to strings, %q and %c too.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]|\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%5d]\n", -42)
	fmt.Printf("[%2d]\n", 12345)
	fmt.Printf("[%x] [%8x] [%-8x]| [%08x]\n", 255, 255, 255, 255)
	fmt.Printf("[%8s] [%-8s]|\n", "go", "go")
	fmt.Printf("[%2s]\n", "longer")
	fmt.Printf("[%6q] [%-6q]|\n", "a", "a")
	fmt.Printf("[%3c] [%-3c]|\n", 'x', 'y')
	fmt.Printf("[%6t] [%-6t]|\n", true, false)
	fmt.Printf("[%6v] [%-6v]| [%06v]\n", 7, "v", 7)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Printf("%4d|%-4d|%04d\n", i, i, i)
	}
	fmt.Printf("%3d%3d%3d\n", 1, 22, 333)
	fmt.Printf("[%5s]\n", "héllo")
	fmt.Printf("[%-10s][%10s]\n", "left", "right")
	fmt.Printf("[%X]\n", 0xabcdef)
}
