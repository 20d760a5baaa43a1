// Method values of interface methods (issue 6): g.Get evaluates g at
// once (gc's main.Getter.Get-fm closure holds the interface value), so a
// later assignment to g does not change the method value; variadic and
// promoted ones too.
package main

import "fmt"

type Getter interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n }

type P struct{ n int }

func (p *P) Get() int { p.n++; return p.n }

type Logger interface {
	Log(prefix string, xs ...int) string
}

type L struct{ name string }

func (l L) Log(prefix string, xs ...int) string { return fmt.Sprint(l.name, prefix, xs) }

type Box struct{ Getter }

func call(f func() int) int { return f() }

func main() {
	var g Getter = T{4}
	m := g.Get
	g = T{5}
	fmt.Println(m(), g.Get(), call(g.Get))
	p := &P{10}
	g = p
	inc := g.Get
	inc()
	inc()
	fmt.Println(p.n, inc())
	var l Logger = L{"l"}
	lf := l.Log
	fmt.Println(lf(":"), lf(":", 1, 2), lf(":", []int{3}...))
	b := Box{T{7}}
	bg := b.Get
	b.Getter = T{8}
	fmt.Println(bg(), b.Get())
	fs := []func() int{T{1}.Get, Getter(T{2}).Get, Box{T{3}}.Get}
	for _, f := range fs {
		fmt.Println(f())
	}
}
