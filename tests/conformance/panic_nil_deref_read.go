// Reading through a nil pointer panics with "invalid memory address or nil
// pointer dereference" (Go reports it from a SIGSEGV) and exit status 2;
// output written before the panic stays written.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func last(n *Node) int {
	for n.Next != nil {
		n = n.Next
	}
	return n.Val
}

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println("last:", last(list))
	var p *int
	fmt.Println("p is nil:", p == nil)
	fmt.Println(*p)
	fmt.Println("not reached")
}
