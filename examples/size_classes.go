// size_classes.go: the heap rounds every small allocation up to one of Go's
// size classes (8, 16, 24, 32, 48, 64, 80, 96, 112, 128, ... 32768 bytes);
// above 32768 bytes an object gets a run of 8 KiB pages of its own. Each
// make([]byte, n) below is kept in a global, so it escapes and is really
// allocated; cap shows the slice's requested capacity n, not the class.
// (append, in contrast, reports the rounded size in cap: see the last line.)
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./size_classes.go:35:11: make([]byte, n) escapes to heap
//	./size_classes.go:41:13: make([][]byte, 0, len(sizes) + 2) escapes to heap
//	./size_classes.go:49:35: make([]byte, 100) does not escape
//
// Run `govm build -m examples/size_classes.go`: the make in alloc escapes
// (non-constant size, and kept in a global), as does the backing array of
// kept; the 100-byte make passed to append does not (append copies it).
//
// Run `govm run --trace-memory examples/size_classes.go` and look at, for
// each allocation, the requested size and the slot it takes:
//   - 1 -> 8, 8 -> 8, 9 -> 16, 16 -> 16, 17 -> 24, 24 -> 24, 32 -> 32,
//     33 -> 48, 48 -> 48, 64 -> 64, 100 -> 112, 1000 -> 1024;
//   - 32768 -> 32768, the largest class (one object per 32 KiB span);
//   - 32769 -> a large object: a span of its own, 5 pages (40960 bytes);
//   - consecutive objects of one class come from the same span, at
//     addresses one slot size apart (the two 9-byte objects at the end);
//   - govm has no tiny allocator: Go packs pointer-free objects under 16
//     bytes (here 1, 8 and 9) into shared 16-byte blocks instead.
package main

var kept [][]byte

var sizes = []int{1, 8, 9, 16, 17, 24, 32, 33, 48, 64, 100, 1000, 32768, 32769}

func alloc(n int) []byte {
	b := make([]byte, n)
	kept = append(kept, b)
	return b
}

func main() {
	kept = make([][]byte, 0, len(sizes)+2)
	for _, n := range sizes {
		b := alloc(n)
		println("size", n, "len", len(b), "cap", cap(b))
	}
	a := alloc(9)
	b := alloc(9)
	println("two 9-byte objects:", len(a), len(b))
	grown := append([]byte(nil), make([]byte, 100)...)
	println("append of 100 bytes: cap", cap(grown))
}
