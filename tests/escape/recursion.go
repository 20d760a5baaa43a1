// errorcheck -m
// Recursive functions are analysed together (one batch): arguments flow
// into the callee's parameters directly instead of through its tags.
package main

type List struct {
	Val  int
	Next *List
}

func length(l *List) int { // ERROR "l does not escape"
	if l == nil {
		return 0
	}
	return 1 + length(l.Next)
}

func last(l *List) *List { // ERROR "leaking param: l to result ~r0 level=0"
	if l.Next == nil {
		return l
	}
	return last(l.Next)
}

func even(n int, p *int) bool { // ERROR "p does not escape"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "p does not escape"
	if n == 0 {
		return false
	}
	*p = *p + 1
	return even(n-1, p)
}

func main() {
	c := &List{Val: 3} // ERROR "&List{...} does not escape"
	b := &List{Val: 2, Next: c} // ERROR "&List{...} does not escape"
	a := &List{Val: 1, Next: b} // ERROR "&List{...} does not escape"
	steps := 0
	println(length(a), last(a).Val, even(4, &steps), steps)
}
