// errorcheck -m
// (issue 6) Method values: c.Inc is a closure {main.(*Counter).Inc-fm, &c}
// allocated where escape analysis says ("c.Inc does not escape" /
// "escapes to heap"), holding &c (c moves to the heap with it) or a copy of c.
package main

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ } // ERROR "c\ does\ not\ escape"
func (c Counter) Get() int { return c.n }

var saved func() int

func twice(f func()) { // ERROR "f\ does\ not\ escape"
	f()
	f()
}

func local() int {
	var c Counter
	inc := c.Inc // ERROR "c\.Inc\ does\ not\ escape"
	twice(inc)
	get := c.Get // ERROR "c\.Get\ does\ not\ escape"
	return get()
}

func kept() {
	var c Counter
	saved = c.Get // ERROR "c\.Get\ escapes\ to\ heap"
}

func keptPtr() {
	var c Counter // ERROR "moved\ to\ heap:\ c"
	f := c.Inc // ERROR "c\.Inc\ escapes\ to\ heap"
	saved = func() int { f(); return 0 } // ERROR "func\ literal\ escapes\ to\ heap"
}

func exprs(c Counter) int {
	g := Counter.Get
	return g(c) + Counter.Get(c)
}

func main() {
	_ = local()
	kept()
	keptPtr()
	_ = exprs(Counter{})
}
