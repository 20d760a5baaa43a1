// Big local arrays live in the frame (gc keeps variables up to 10 MiB on
// the stack): a [20000]int local makes a 160 KB frame, so the goroutine's
// stack grows to hold it; copying it to a callee by value copies 160 KB
// again. Results only depend on values.
package main

import "fmt"

func fill(a *[20000]int) {
	for i := range a {
		a[i] = i % 1000
	}
}

func sumByValue(a [20000]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	a[0] = -1
	return t
}

func depth(n int) int {
	var local [512]byte
	local[n%512] = byte(n)
	if n == 0 {
		return int(local[0])
	}
	return depth(n-1) + int(local[n%512])%2
}

func main() {
	var big [20000]int
	fill(&big)
	fmt.Println(sumByValue(big), big[0], big[19999])
	var grid [100][100]int16
	for i := 0; i < 100; i++ {
		grid[i][99-i] = int16(i)
	}
	t := 0
	for _, row := range grid {
		for _, v := range row {
			t += int(v)
		}
	}
	fmt.Println(t, grid[3][96])
	fmt.Println(depth(300))
}
