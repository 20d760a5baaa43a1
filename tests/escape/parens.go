// errorcheck -m
// Expressions in -m lines as gc prints them: its ir has no parentheses,
// its formatter puts back those precedence needs (a - (b - c), *(*pp),
// rune(a + b) for rune((a + b))), and a blank between two equal unary
// operators: - (-x). (found by gen3.py, diff3 B4 follow-up)
package main

import "fmt"

type T struct{ f int }

func main() {
	a, b, c, x := 1, 2, 3, 4
	s := []int{1, 2} // ERROR "\[\]int{...} does not escape"
	p := &T{1} // ERROR "&T{...} does not escape"
	pp := &p
	t, u := true, false
	fmt.Println((a+b)*c, -(-x), !(!t), ^(^a), *(&x), (a), s[(a-1)]) // ERROR "... argument does not escape" "\(a \+ b\) \* c escapes to heap" "- \(-x\) escapes to heap" "! \(!t\) escapes to heap" "\^ \(\^a\) escapes to heap" "\*\(&x\) escapes to heap" "a escapes to heap" "s\[a - 1\] escapes to heap"
	fmt.Println((*p).f, !(t && u), a-(b-c), (a-b)-c, (**pp).f, a<<(b+c), (t || u) && t) // ERROR "... argument does not escape" "\(\*p\).f escapes to heap" "!\(t && u\) escapes to heap" "a - \(b - c\) escapes to heap" "a - b - c escapes to heap" "\(\*\(\*pp\)\).f escapes to heap" "a << \(b \+ c\) escapes to heap" "\(t \|\| u\) && t escapes to heap"
	fmt.Println(a*b+c, (a + b), -x*a, ^(a &^ b), a+b == c, (a == b) == t, string(rune((a + b)))) // ERROR "... argument does not escape" "a \* b \+ c escapes to heap" "a \+ b escapes to heap" "-x \* a escapes to heap" "\^\(a &\^ b\) escapes to heap" "a \+ b == c escapes to heap" "a == b == t escapes to heap" "string\(rune\(a \+ b\)\) escapes to heap"
}
