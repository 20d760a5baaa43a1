// fmt.Sprint, Sprintf and Sprintln allocate their result string on the
// heap, one object of exactly its bytes, and nothing for an empty result.
// The arguments here are small integers and strings, which Go converts to
// interfaces without allocating (static values, constants), so that Go's
// Mallocs deltas are only the results' (govm does not box fmt's arguments
// at all: a documented gap). Go's printer (pp) comes from a sync.Pool and
// its buffer grows on first use; govm formats outside the heap: the first
// call warms Go's up, so that from then on only the results count.
package main

import (
	"fmt"
	"runtime"
)

var sink string

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	sink = fmt.Sprint("warm up the printer pool and its buffer: 0123456789012345678901234567890123456789") 
	before := mallocs()
	sink = fmt.Sprintf("%d-%s", 7, "x")
	after := mallocs()
	fmt.Println("Sprintf:", after-before, len(sink))

	before = mallocs()
	sink = fmt.Sprint("a", "b")
	after = mallocs()
	fmt.Println("Sprint:", after-before, len(sink))

	before = mallocs()
	sink = fmt.Sprintln(1, 2)
	after = mallocs()
	fmt.Println("Sprintln:", after-before, len(sink))

	before = mallocs()
	sink = fmt.Sprint()
	after = mallocs()
	fmt.Println("empty:", after-before, len(sink))

	before = mallocs()
	sink = fmt.Sprintf("")
	after = mallocs()
	fmt.Println("empty format:", after-before, len(sink))
}
