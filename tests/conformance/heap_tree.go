// Many small heap objects: binary trees built from &Node{...} (each node
// escapes, since it is returned), walked recursively, some dropped and
// rebuilt; a slice of trees that keeps some alive. The output depends only
// on the shapes, never on addresses.
package main

import "fmt"

type Node struct {
	Left, Right *Node
	Val         int
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{Val: val}
	}
	return &Node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.Left) + count(n.Right)
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sum(n.Left) + sum(n.Right)
}

func mirror(n *Node) {
	if n == nil {
		return
	}
	n.Left, n.Right = n.Right, n.Left
	mirror(n.Left)
	mirror(n.Right)
}

func leftmost(n *Node) int {
	for n.Left != nil {
		n = n.Left
	}
	return n.Val
}

func main() {
	var kept []*Node
	for depth := 0; depth <= 10; depth += 2 {
		t := build(depth, 1)
		fmt.Println("depth", depth, "nodes", count(t), "sum", sum(t), "leftmost", leftmost(t))
		if depth%4 == 0 {
			kept = append(kept, t)
		}
	}
	checks := 0
	for i := 0; i < 200; i++ {
		t := build(6, i)
		checks += count(t) - sum(t)%7
	}
	fmt.Println("checks", checks)
	for _, t := range kept {
		mirror(t)
		fmt.Println(count(t), leftmost(t), t.Val)
	}
	tiny := &Node{Val: 5}
	tiny.Left = tiny
	fmt.Println(tiny.Left.Left.Left.Val, tiny.Right == nil)
}
