// panic with a string holding newlines. Today's Go (1.23+) follows each
// newline of a panic value with a tab, so that it cannot pass for
// traceback lines; Go 1.19 printed the bytes as they are.
// conformance: expected by hand (the tab after each newline is Go 1.23's printindented)
package main

func main() {
	panic("first line\nsecond line\ngoroutine 7 [running]:")
}
