// errorcheck -m
// (issue 6, methods) Method values of interface methods (a closure
// {main.Getter.Get-fm, the interface value}), method expressions that need
// gc's wrappers ((*T).M of a value method, I.M), and calls of variadic
// methods (their "... argument" slice, as a function's). As gc's
// OMETHVALUE, a method value's receiver flows to the closure and to the
// method's receiver parameter: an interface's leaks (local's g).
package main

type Getter interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t T) Sum(xs ...int) int { // ERROR "xs\ does\ not\ escape"
	s := t.n
	for _, x := range xs {
		s += x
	}
	return s
}

func (t *T) Keep(xs ...int) { // ERROR "t\ does\ not\ escape" "leaking\ param:\ xs"
	kept = xs
}

var saved func() int
var kept []int

func local(g Getter) { // ERROR "leaking\ param:\ g"
	m := g.Get // ERROR "g\.Get\ does\ not\ escape"
	m()
}

func escapes(g Getter) { // ERROR "leaking\ param:\ g"
	saved = g.Get // ERROR "g\.Get\ escapes\ to\ heap"
}

func exprs(t T) int { // ERROR "moved\ to\ heap:\ t"
	f := (*T).Get
	h := Getter.Get
	return f(&t) + h(T{t.n}) // ERROR "T\{\.\.\.\}\ escapes\ to\ heap"
}

func variadic(t *T) int { // ERROR "t\ does\ not\ escape"
	t.Keep(1, 2) // ERROR "\.\.\.\ argument\ escapes\ to\ heap"
	return t.Sum(1, 2, 3) // ERROR "\.\.\.\ argument\ does\ not\ escape"
}

func main() {
	local(T{1}) // ERROR "T\{\.\.\.\}\ escapes\ to\ heap"
	escapes(T{2}) // ERROR "T\{\.\.\.\}\ escapes\ to\ heap"
	_ = exprs(T{3})
	_ = variadic(&T{4}) // ERROR "&T\{\.\.\.\}\ does\ not\ escape"
}
