// Variadic methods (issue 6): t.Sum(1, 2, 3), t.Sum(xs...), none at all
// (a nil slice), through pointers, interfaces, method values, method
// expressions, and deferred (the extra arguments evaluated at the defer
// statement, packed when the call runs).
package main

import "fmt"

type T struct{ n int }

func (t T) Sum(xs ...int) int {
	s := t.n
	for _, x := range xs {
		s += x
	}
	return s
}

func (t *T) Add(pre string, xs ...int) string {
	for _, x := range xs {
		t.n += x
	}
	return fmt.Sprint(pre, t.n, len(xs), xs == nil)
}

func (t T) Show(tag string, xs ...int) {
	fmt.Println(tag, t.n, xs, len(xs), xs == nil)
}

type Summer interface{ Sum(xs ...int) int }

type Shower interface {
	Show(tag string, xs ...int)
}

func main() {
	t := T{1}
	fmt.Println(t.Sum(), t.Sum(1), t.Sum(1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(t.Sum(xs...), t.Add("a"), t.Add("b", 1, 2), t.Add("c", xs...))
	var s Summer = t
	fmt.Println(s.Sum(), s.Sum(1, 2), s.Sum(xs...))
	fmt.Println(T.Sum(t, 7, 8), T.Sum(t), T.Sum(t, xs...))
	p := &t
	fmt.Println(p.Sum(1), p.Add("d", 9))
	f := t.Sum
	g := s.Sum
	h := Summer.Sum
	fmt.Println(f(), f(1, 1), g(2, 2), h(s, 3, 3), h(t))
	var sh Shower = t
	defer t.Show("a", 1, 2)
	defer t.Show("b")
	defer t.Show("c", xs...)
	defer sh.Show("d", 5, 6)
	defer sh.Show("e", xs...)
	fs := t.Show
	defer fs("f", 10, 20)
	defer T.Show(t, "g", 8, 9)
	for i := 0; i < 2; i++ {
		defer t.Show("h", i, i*10)
		defer sh.Show("i", i)
	}
	t.n = 100
	xs[0] = 1000
}
