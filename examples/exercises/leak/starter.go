// leak (starter): the program keeps only an 8-byte id of each message, yet
// its heap stays large after a collection. Find what keeps the memory
// alive, and fix it. The task is in README.md.
package main

import (
	"fmt"
	"runtime"
)

// receive returns message i: a 16 KiB buffer whose first 8 bytes are its id.
func receive(i int) []byte {
	msg := make([]byte, 16<<10)
	for j := 0; j < 8; j++ {
		msg[j] = byte('a' + (i+j)%26)
	}
	return msg
}

// ids keeps the id of every message received, to detect duplicates later.
var ids [][]byte

func main() {
	for i := 0; i < 200; i++ {
		msg := receive(i)
		ids = append(ids, msg[:8])
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("ids kept:", len(ids), "first:", string(ids[0]), "last:", string(ids[len(ids)-1]))
	fmt.Println("heap under 1 MiB after the collection:", m.HeapAlloc < 1<<20)
}
