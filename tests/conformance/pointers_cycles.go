// Cyclic pointer structures: a struct that points to itself (through a
// pointer field and through an array of pointers), a ring of three nodes,
// two nodes pointing at each other, walked and printed through fmt, and a
// struct whose pointer field points at its own int field, kept in a global.
// gc moves self, a, b, c, t, leaf (strings reachable from them go to fmt)
// and cell (kept in the global) to the heap, and keeps x and y, whose int
// fields only are printed, on the stack. The output depends only on
// values, never on addresses.
package main

import "fmt"

type Node struct {
	Name string
	Next *Node
}

type Tree struct {
	Label string
	Kids  [2]*Tree
}

type Cell struct {
	V int
	P *int
}

var kept *int

type Pair struct {
	Val   int
	Other *Pair
}

func ringLen(start *Node) int {
	n := 1
	for p := start.Next; p != start; p = p.Next {
		n++
	}
	return n
}

func main() {
	var self Node
	self.Name = "self"
	self.Next = &self
	fmt.Println(self.Name, self.Next.Next.Name, self.Next == &self)

	a := Node{Name: "a"}
	b := Node{Name: "b", Next: &a}
	c := Node{Name: "c", Next: &b}
	a.Next = &c
	fmt.Println(ringLen(&a), ringLen(&self))
	p := &a
	for i := 0; i < 7; i++ {
		fmt.Print(p.Name, " ")
		p = p.Next
	}
	fmt.Println()

	x := Pair{Val: 1}
	y := Pair{Val: 2, Other: &x}
	x.Other = &y
	fmt.Println(x.Other.Val, y.Other.Val, x.Other.Other.Val, x.Other.Other == &x)
	x.Other.Other.Val = 10
	fmt.Println(x.Val, y.Other.Val)

	var t Tree
	t.Label = "loop"
	t.Kids[0] = &t
	leaf := Tree{Label: "leaf"}
	t.Kids[1] = &leaf
	fmt.Println(t.Kids[0].Kids[0].Label, t.Kids[0].Kids[1].Label, t.Kids[1].Kids[0] == nil)

	var cell Cell
	cell.V = 5
	cell.P = &cell.V
	kept = cell.P
	*kept = 6
	fmt.Println(cell.V, *cell.P)
}
