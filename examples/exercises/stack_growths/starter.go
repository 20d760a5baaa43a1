// stack_growths (starter): predict how many times goroutine 1's stack
// grows while this program runs, and write the number into
// predictedGrowths. The task is in README.md.
package main

import "fmt"

// predictedGrowths is your answer. Replace 0 with your prediction.
var predictedGrowths = 0

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
