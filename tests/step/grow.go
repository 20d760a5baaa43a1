// Stepping across a stack growth: a recursion deep enough to move the
// goroutine's stack from 2 KiB to a larger segment.
package main

func down(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return down(n-1) + pad[n%8]
}

func main() {
	x := 7
	p := &x
	println(down(40), *p)
}
