// Recursive types through a pointer, slice or map declared before the type
// they point to (diff3 B12): A points to B and B contains A by value is no
// cycle, whatever the declaration order; the real cycles beyond such a
// pointer are still reported, each once, from the type declared first.
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.
package main

type A struct{ p *B }
type B struct{ c C } // ERROR "invalid recursive type B\n\t.*B refers to\n\t.*C refers to\n\t.*B$"
type C struct{ b B }

type D struct { // ERROR "invalid recursive type D\n\t.*D refers to\n\t.*E refers to\n\t.*D$"
	p *E
	e E
}
type E struct{ d D }

type F struct{ p []G }
type G struct { // ERROR "invalid recursive type G\n\t.*G refers to\n\t.*G$"
	f F
	g G
}

type H struct{ m map[I]int } // ERROR "invalid map key type I"
type I struct{ s []int }

type J struct{ p *K }
type K struct{ x Undef } // ERROR "undefined: Undef"

type L *M
type M struct { // ERROR "invalid recursive type M\n\t.*M refers to\n\t.*M$"
	l L
	m [2]M
}

type P struct{ q map[int]Q }
type Q struct{ p P } // fine: P holds Q through a map

func main() {
	var a A
	var q Q
	_, _ = a, q
}
