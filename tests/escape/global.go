// errorcheck -m
// An address stored in a package variable outlives every frame.
package main

type Node struct {
	Val  int
	Next *Node
}

var head *Node
var counter *int
var all []*int

func keep() {
	x := 1 // ERROR "moved to heap: x"
	counter = &x
}

func push(v int) {
	head = &Node{Val: v, Next: head} // ERROR "&Node{...} escapes to heap"
}

func remember() {
	y := 2 // ERROR "moved to heap: y"
	all = append(all, &y)
}

func local() int {
	n := Node{Val: 3}
	p := &n
	return p.Val
}

var seed = &Node{Val: 99}

func main() {
	keep()
	push(1)
	push(2)
	remember()
	println(*counter, head.Val, head.Next.Val, *all[0], local(), seed.Val)
}
