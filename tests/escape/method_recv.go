// errorcheck -m
// (issue 6) Methods: the receiver is parameter 0, tagged as any parameter
// (leaking param: c); c.Inc() on an addressable c passes &c, which moves c
// to the heap only when the method leaks it.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ } // ERROR "c\ does\ not\ escape"

var keep *Counter

func (c *Counter) Keep() { keep = c } // ERROR "leaking\ param:\ c"

func (c Counter) Get() int { return c.n }

type Box struct {
	Counter
	p *Counter
}

func (b *Box) Self() *Box { return b } // ERROR "leaking\ param:\ b\ to\ result\ \~r0\ level=0"

func local() int {
	var c Counter
	c.Inc()
	return c.Get()
}

func kept() {
	var d Counter // ERROR "moved\ to\ heap:\ d"
	d.Keep()
}

func promoted() int {
	var b Box
	b.Inc()
	b.p = &Counter{} // ERROR "\&Counter\{\}\ does\ not\ escape"
	b.p.Inc()
	return b.Self().Get()
}

func main() {
	_ = local()
	kept()
	_ = promoted()
}
