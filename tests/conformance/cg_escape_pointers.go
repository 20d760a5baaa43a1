// Pointers to locals and parameters returned from functions (moved to the heap), a linked list built by &Node{...}, a loop variable whose address is taken.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func counter(start int) *int {
	return &start
}

func main() {
	a := newInt(1)
	b := newInt(2)
	*a += 10
	fmt.Println(*a, *b)
	var head *Node
	for i := 0; i < 5; i++ {
		head = push(head, i)
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum = sum*10 + n.Val
	}
	fmt.Println(sum)
	c := counter(7)
	*c++
	fmt.Println(*c)
	// i moves to the heap. Each pointer is read in its own iteration: Go
	// 1.22 gives each iteration its own i, Go 1.19 shares one, and both
	// print 0 1 2 here (reading them after the loop would differ).
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		fmt.Print(*ptrs[len(ptrs)-1], " ")
	}
	fmt.Println(len(ptrs))
	big := make([]int, 100)
	big[99] = 1
	fmt.Println(len(big), big[99])
}
