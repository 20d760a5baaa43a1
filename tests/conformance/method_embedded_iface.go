// Interfaces satisfied through an embedded interface field (issue 6):
// struct{ Getter } has Getter's methods, promoted; a call goes through
// the field's itab (gc's wrappers main.(*Wrap).Get, main.PW.Get). Also
// embedded pointers to structs, overriding, method values and method
// expressions of the promoted methods.
package main

import "fmt"

type Getter interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n }

type Wrap struct{ Getter }

type PW struct{ *Wrap }

type Twice struct{ Getter }

func (t Twice) Get() int { return 2 * t.Getter.Get() }

type Counter struct{ hits int }

func (c *Counter) Hit() int { c.hits++; return c.hits }

type Page struct {
	*Counter
	Name string
}

type Hitter interface{ Hit() int }

// sort.Interface, and a wrapper as sort.Reverse builds it: Less
// overridden, Len and Swap promoted from the embedded interface.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type ints []int

func (x ints) Len() int           { return len(x) }
func (x ints) Less(i, j int) bool { return x[i] < x[j] }
func (x ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Lener interface{ Len() int }

func show(g Getter) { fmt.Println(g.Get()) }

func main() {
	w := Wrap{T{5}}
	show(w)
	show(&w)
	fmt.Println(w.Get())
	p := PW{&w}
	show(p)
	show(&p)
	fmt.Println(p.Get())
	w.Getter = T{6}
	show(p)
	show(Twice{w})
	show(Twice{Twice{T{3}}})
	f := w.Get
	w.Getter = T{7}
	fmt.Println(f(), Wrap.Get(w), (*Wrap).Get(&w), PW.Get(p))
	var any1 interface{} = w
	if g, ok := any1.(Getter); ok {
		fmt.Println("any is a Getter:", g.Get())
	}
	pg := Page{&Counter{}, "home"}
	var h Hitter = pg
	h.Hit()
	h.Hit()
	fmt.Println(pg.hits, pg.Hit(), Page.Hit(pg))
	x := ints{3, 1, 2}
	var r Interface = reverse{x}
	var l Lener = reverse{x}
	for i := 0; i < r.Len(); i++ {
		for j := i + 1; j < r.Len(); j++ {
			if r.Less(j, i) {
				r.Swap(i, j)
			}
		}
	}
	fmt.Println(x, l.Len())
}
