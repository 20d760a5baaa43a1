// Order of evaluation in assignments with index expressions, pointer
// indirections and field selectors on the left: the spec's first phase
// evaluates the operands on the left and the expressions on the right in
// the usual order, so function calls run left to right across the whole
// statement (left side first), for single, op-assign and tuple
// assignments alike; then the assignments happen left to right.
package main

import "fmt"

type S struct{ A, B int }

var trace []int

func f(n int) int {
	trace = append(trace, n)
	return n % 3
}

func ptr(n int, p *int) *int {
	trace = append(trace, n)
	return p
}

func sp(n int, s *S) *S {
	trace = append(trace, n)
	return s
}

func show(what string) {
	fmt.Println(what, trace)
	trace = trace[:0]
}

func main() {
	s := make([]int, 3)
	s[f(1)] = f(2)
	show("single")
	s[f(1)] += f(2)
	show("op-assign")
	s[f(1)], s[f(2)] = f(3), f(4)
	show("tuple")
	m := map[int]int{}
	m[f(1)], m[f(2)] = f(3), f(4)
	show("map tuple")
	m[f(1)] -= f(2)
	show("map op-assign")
	x := 0
	*ptr(1, &x) = f(2)
	show("deref")
	*ptr(1, &x) += f(2)
	show("deref op-assign")
	var st S
	sp(1, &st).A, sp(2, &st).B = f(3), f(4)
	show("fields")
	arr := [3]int{}
	arr[f(1)], x = f(2), f(3)
	show("array")
	fmt.Println(s, m, x, st, arr)
	s[f(1)]++
	show("incdec")
	fmt.Println([]int{f(1), f(2)}, map[int]int{f(3): f(4)}, S{B: f(5), A: f(6)})
	show("literals")
	i := 0
	i, s[i] = 2, 7
	fmt.Println(i, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
}
