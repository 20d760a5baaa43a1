// The collector (issue 4): a table that main fills, sums in a range loop and
// then drops is freed by the next collection, as in Go. In govm the range
// loop's slice header is a temporary of the loop statement, dead after it
// (FuncInfo::live_ptrs), so no frame word keeps the 8 MiB array alive.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	table := make([]int, 1<<20) // 8 MiB
	for i := range table {
		table[i] = i
	}
	sum := 0
	for _, v := range table[:1000] {
		sum += v
	}
	fmt.Println(sum)
	table = nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("table freed:", m.HeapAlloc < 1<<20)
}
