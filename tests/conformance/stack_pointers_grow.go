// Pointers into the stack survive stack growth: gc keeps x, arr, the nodes
// and a, b, c on main's stack (their addresses go only to functions that
// do not leak them), and the deep recursions below grow the goroutine's
// stack several times. Each growth copies the frames to a new segment and
// must adjust every pointer into the old one: a pointer parameter, a slice
// of a stack array, a linked list of stack nodes, a stack slice of pointers
// to stack variables, and a stack struct holding both.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func grow(p *int, n int) int {
	var pad [64]int
	pad[n%64] = n
	if n > 0 {
		*p += grow(p, n-1)
	}
	return pad[n%64] % 2
}

func sumSlice(s []int, n int) int {
	var pad [32]int
	if n > 0 {
		pad[0] = sumSlice(s, n-1)
	}
	t := pad[0]
	for _, v := range s {
		t += v
	}
	return t % 1000003
}

func walk(head *Node, depth int) int {
	var pad [16]int
	if depth > 0 {
		pad[1] = walk(head, depth-1)
	}
	t := 0
	for n := head; n != nil; n = n.Next {
		t += n.V
	}
	return t + pad[1]%7
}

func fillPtrs(ps []*int, n int) {
	var pad [50]int
	if n > 0 {
		fillPtrs(ps, n-1)
	}
	for _, p := range ps {
		*p += 1 + pad[0]
	}
}

func main() {
	x := 0
	grow(&x, 2000)
	fmt.Println(x)
	arr := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	s := arr[2:6]
	fmt.Println(sumSlice(s, 1500), arr[3])
	n3 := Node{3, nil}
	n2 := Node{2, &n3}
	n1 := Node{1, &n2}
	fmt.Println(walk(&n1, 1000), n1.Next.Next.V)
	a, b, c := 0, 0, 0
	ps := []*int{&a, &b, &c}
	fillPtrs(ps, 800)
	fmt.Println(a, b, c)
	st := struct {
		P *int
		S []int
	}{&a, arr[:]}
	grow(st.P, 3000)
	st.S[0] = 100
	fmt.Println(a, arr[0], *st.P == a)
}
