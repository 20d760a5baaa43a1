// fmt calls String on values inside interfaces: []any elements, any and
// fmt.Stringer fields, map values, a fmt.Stringer variable.
package main

import "fmt"

type T struct{ a, b int }

func (t T) String() string { return fmt.Sprintf("T[%d]", t.a+t.b) }

type P struct{ x int }

func (p *P) String() string { return "P!" }

type W struct {
	V any
	S fmt.Stringer
}

func main() {
	xs := []any{T{1, 2}, &P{3}, 4, "s", nil}
	fmt.Println(xs)
	fmt.Printf("%v %s %d\n", xs[0], xs[1], xs[0])
	w := W{V: T{5, 6}, S: &P{1}}
	fmt.Printf("%v %+v\n", w, w)
	var s fmt.Stringer = T{0, 7}
	fmt.Println(s, []fmt.Stringer{s, &P{}})
	m := map[string]any{"a": T{1, 1}, "b": &P{}}
	fmt.Println(m)
}
