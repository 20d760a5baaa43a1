// gc_follow.go: one garbage collection, object by object.
//
// Run `govm run --trace-memory=gc-mark examples/gc_follow.go` and follow:
//   - the alloc lines: five objects named by their position in a small
//     family tree, each a main.person of 32 bytes (a class 4 slot); `root`,
//     a global in bss, holds the grandparent (the names are string
//     literals: their bytes are in rodata, not on the heap);
//   - main drops two of them before collecting: the uncle (a child the
//     grandparent forgets) and a stranger that only a local of a function
//     that has returned ever pointed at;
//   - runtime.GC() stops the world ("gc-start", trigger runtime.GC()), then
//     scans the roots: the "gc-roots" lines count, per kind (data, bss, each
//     goroutine's stack, objects a runtime call holds), the pointer words
//     the maps mark there, how many point into the heap and how many
//     objects they turned grey; a kind's line comes after the "gc-grey"
//     lines of the objects it shaded (here: the grandparent, from root);
//   - "gc-grey" shows an object shaded (marked, put on the worklist) and
//     the word that pointed at it: the global root, then a field of an
//     object being scanned; "gc-black" shows an object whose pointer fields
//     have all been scanned. The worklist is last in, first out, so the
//     walk goes down the tree; a black object never points at a white one;
//   - when the worklist is empty, everything not marked is garbage: the
//     sweeper frees the uncle and the stranger ("free" lines say where each
//     was allocated) and poisons their slots; "gc-end" gives the heap before
//     and after, the objects and bytes freed and the next goal;
//   - after the cycle the survivors are intact: the program prints them.
package main

import (
	"fmt"
	"runtime"
)

type person struct {
	name     string
	children [2]*person
}

var root *person

func family() {
	grandparent := &person{name: "grandparent"}
	parent := &person{name: "parent"}
	uncle := &person{name: "uncle"}
	child := &person{name: "child"}
	grandparent.children[0] = parent
	grandparent.children[1] = uncle
	parent.children[0] = child
	root = grandparent
}

// The stranger is garbage as soon as meet returns.
func meet() int {
	stranger := &person{name: "stranger"}
	root.children[1] = stranger // for a moment, reachable
	root.children[1] = nil
	return len(stranger.name)
}

func show(p *person, indent string) {
	if p == nil {
		return
	}
	fmt.Println(indent + p.name)
	show(p.children[0], indent+"  ")
	show(p.children[1], indent+"  ")
}

func main() {
	family()
	meet() // the uncle is forgotten here: the stranger took his place
	runtime.GC()
	show(root, "")
}
