// code_segment.go: where functions live.
//
// Run `govm disasm examples/code_segment.go` and look at:
//   - each function (main.square, main.sumOfSquares, main.report, main.main)
//     starts at its own address in the text segment (its TEXT line, then one
//     line per instruction with its address), from 0x401000 up, in the order
//     the compiler laid them out; the addresses are the same every run;
//   - a CALL names its target (CALL main.square(SB)); its operand is the
//     distance from the CALL to that function's first instruction;
//   - after the user's functions come the runtime's own entries
//     (runtime.morestack, runtime.main, runtime.concatstring2, fmt.Println...)
//     with addresses too: compiled code reaches them with CALLRT, and
//     runtime.main is what calls main.init and main.main;
//   - the string literals ("square of 7", ...) are not in the code: they
//     sit in rodata, and the code loads their addresses.
//
// Then `govm run --trace-memory examples/code_segment.go` shows each call
// pushing a frame and each return popping it.
package main

import "fmt"

func square(x int) int {
	return x * x
}

func sumOfSquares(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		total += square(i)
	}
	return total
}

func report(label string, v int) {
	fmt.Println(label+":", v)
}

func main() {
	report("square of 7", square(7))
	report("sum of squares to 10", sumOfSquares(10))
}
