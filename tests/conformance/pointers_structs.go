// Pointers and structs: &T{...}, automatic dereference in p.f, pointers to
// struct fields and array elements, a struct holding a pointer, and a linked
// list built from pointers.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Node struct {
	Val  int
	Next *Node
}

func move(p *Point, dx, dy int) {
	p.X += dx
	p.Y += dy
}

func moved(p Point, dx, dy int) Point {
	p.X += dx
	p.Y += dy
	return p
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func main() {
	pt := Point{1, 2}
	move(&pt, 10, 20)
	fmt.Println(pt)
	other := moved(pt, 1, 1)
	fmt.Println(pt, other)

	pp := &Point{X: 3}
	pp.Y = 4
	(*pp).X *= 2
	fmt.Println(*pp, pp.X, pp.Y)

	py := &pt.Y
	*py = 0
	fmt.Println(pt)

	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 20
	fmt.Println(arr)

	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i*i)
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
		sum += n.Val
	}
	fmt.Println("sum", sum)

	second := head.Next
	second.Val = -1
	fmt.Println(head.Next.Val, head.Next == second)

	var np *Point
	fmt.Println(np == nil, np)
	np = &pt
	fmt.Println(np.X == pt.X, np == &pt)
	q := *np
	q.X = 1000
	fmt.Println(pt.X, q.X)
}
