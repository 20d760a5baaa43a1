// Embedded fields: promotion of fields through one and two levels,
// explicit access through the embedded type's name, shadowing of a promoted
// field by an outer one, embedded pointers, and printing with %v and %+v.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Named struct {
	Base
	Kind string
}

type Deep struct {
	Named
	Name  string // shadows Named.Base.Name
	Extra int
}

type Counter struct {
	N int
}

type WithPtr struct {
	*Counter
	Label string
}

func main() {
	n := Named{Base{1, "one"}, "k"}
	fmt.Println(n.ID, n.Name, n.Kind, n.Base.ID)
	n.ID = 2
	n.Base.Name = "two"
	fmt.Println(n)
	fmt.Printf("%+v\n", n)

	d := Deep{Named: n, Name: "outer", Extra: 3}
	fmt.Println(d.Name, d.Named.Name, d.Base.Name, d.ID)
	d.ID = 42
	fmt.Println(d.Named.Base.ID, n.ID)
	fmt.Printf("%v\n%+v\n", d, d)

	b := n.Base
	b.ID = 100
	fmt.Println(b.ID, n.ID)

	c := &Counter{N: 1}
	w := WithPtr{c, "w"}
	w.N++
	w.Counter.N++
	fmt.Println(c.N, w.N, w.Label)
	w2 := w
	w2.N = 50
	fmt.Println(c.N, w.N, w2.Counter == w.Counter)

	x := Named{Kind: "only kind"}
	fmt.Printf("%+v %d %q\n", x, x.ID, x.Name)
	fmt.Println(x == Named{Kind: "only kind"}, x == n)

	list := []Named{{Base{1, "a"}, "x"}, {Base{2, "b"}, "y"}}
	ids := 0
	for i := range list {
		list[i].ID *= 10
		ids += list[i].ID
	}
	fmt.Println(ids, list)
}
