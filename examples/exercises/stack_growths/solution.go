// stack_growths (solution): 101 frames of main.down (224 bytes each in
// govm) and main's frame need about 22.8 KiB: 2 -> 4 -> 8 -> 16 -> 32 KiB,
// four doublings.
package main

import "fmt"

// predictedGrowths is the answer.
var predictedGrowths = 4

// down recurses n levels deep. Each call's frame holds pad, a 16-word
// array, besides down's own bookkeeping.
func down(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return down(n-1) + pad[n%16]
}

func main() {
	fmt.Println("down(100) =", down(100))
	fmt.Println("predicted stack growths:", predictedGrowths)
}
