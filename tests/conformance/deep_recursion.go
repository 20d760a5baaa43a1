// A deep but finite recursion (depth 100000) must work: the goroutine's
// stack starts at 2 KiB and grows (several times) as the frames pile up, and
// every frame's values survive the moves.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n int, acc int64) int64 {
	if n == 0 {
		return acc
	}
	local := int64(n) * 3
	r := sum(n-1, acc+int64(n))
	return r + local - local
}

func down(n int, s string) string {
	if n == 0 {
		return s
	}
	t := down(n-1, s)
	if n == 100000 {
		return t + "!"
	}
	return t
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sum(100000, 0))
	fmt.Println(down(100000, "back"))
	fmt.Println(depth(10))
}
