// Frame temporaries are reused from statement to statement; the stack
// maps are the union of what each word ever holds. Deep recursion through
// functions whose temporaries hold pointers and integers in turn makes the
// stack grow many times; every pointer must still be right afterwards.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
	name string
}

func build(n int, tail *Node) *Node {
	if n == 0 {
		return tail
	}
	node := &Node{val: n, next: tail, name: string(rune('a'+n%26)) + "n"}
	return build(n-1, node)
}

func sum(n *Node, depth int, acc *int) int {
	if n == nil {
		return depth
	}
	var local [64]int
	local[depth%8] = n.val
	*acc += local[depth%8] + len(n.name)
	p := &local
	q := n.next
	switch {
	case depth%3 == 0:
		*acc += p[depth%8] - n.val
	case depth%3 == 1:
		*acc += len(n.name + "x") - 2
	default:
		*acc++
		*acc--
	}
	if q != nil && q.val != n.val+1 {
		return -1
	}
	return sum(q, depth+1, acc)
}

func main() {
	list := build(3000, nil)
	acc := 0
	d := sum(list, 0, &acc)
	fmt.Println(d, acc, list.val, list.next.val)
}
