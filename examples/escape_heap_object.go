// escape_heap_object.go: a pointer stored into something that is itself on
// the heap escapes too: the heap object may outlive the frame, so what it
// points to must live at least as long.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_heap_object.go:32:2: moved to heap: v
//	./escape_heap_object.go:33:9: &Box{...} escapes to heap
//	./escape_heap_object.go:46:15: make([]*Box, 3) does not escape
//
// Run `govm build -m examples/escape_heap_object.go`: the box built by
// newBox is returned, so `&Box{...}` escapes; the int stored into it
// (`moved to heap: v`) escapes with it. In sameFrame, both the box and the
// int stay on the stack: nothing outlives the call.
//
// Run `govm run --trace-memory examples/escape_heap_object.go` and look at:
//   - main.newBox makes two heap allocations: the int v (8 bytes) and the
//     Box (16 bytes: a pointer and an int), the Box pointing at v;
//   - main.sameFrame makes none: its Box and its int are laid out in its
//     frame, and the Box's pointer field holds a stack address;
//   - the slice of boxes in main: make([]*Box, 3) with a constant length
//     that does not escape stays in main's frame, but each box appended to
//     it comes from newBox, so it is on the heap already.
package main

type Box struct {
	P     *int
	Label int
}

func newBox(n int) *Box {
	v := n * 10
	return &Box{P: &v, Label: n}
}

func sameFrame(n int) int {
	v := n * 10
	b := Box{P: &v, Label: n}
	return *b.P + b.Label
}

func main() {
	b := newBox(1)
	println("heap box:", *b.P, b.Label)
	println("stack box:", sameFrame(2))
	boxes := make([]*Box, 3)
	total := 0
	for i := range boxes {
		boxes[i] = newBox(i)
		total += *boxes[i].P
	}
	println("total:", total)
}
