// Deep recursion grows the stack (grow lines); once it has unwound, each
// runtime.GC() marks the stack for shrinking and the goroutine halves it at
// its next safe point (shrink lines), while it uses under a quarter of it.
package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	var pad [128]int
	pad[n] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n]
}

func main() {
	fmt.Println(deep(20))
	for i := 0; i < 6; i++ {
		runtime.GC()
	}
}
