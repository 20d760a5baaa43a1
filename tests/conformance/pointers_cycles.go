// Cyclic pointer structures: a struct that points to itself, a ring of
// three nodes, and two nodes pointing at each other, walked and printed
// through fmt (so the values escape: gc moves them to the heap). The
// output depends only on values, never on addresses.
package main

import "fmt"

type Node struct {
	Name string
	Next *Node
}

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
}
