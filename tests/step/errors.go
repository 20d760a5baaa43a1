// The bad-command session (errors.script) runs on the stack-growth program.
// (A copy of grow.go: each session names its program after itself.)
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
