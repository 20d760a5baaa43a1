// errorcheck -m
// (issue 6, meth2) defer and go statements calling methods: the receiver
// is the wrapped call's argument 0, evaluated at the statement. Outside a
// loop a deferred x.M() with a pointer receiver leaves x on the stack; in
// a loop, and for a go statement, the wrapper closure is on the heap, so
// &x (the implicit & of a pointer method) moves x there. A value receiver
// is copied: nothing moves. Checked against gc 1.19 -m -l.
package main

import "sync"

type Counter struct{ n int }

func (c *Counter) Inc(by int) { c.n += by } // ERROR "c does not escape"
func (c Counter) Get() int    { return c.n }

type Getter interface{ Get() int }

type Box struct {
	Counter
	mu sync.Mutex
}

func once() {
	var c Counter
	defer c.Inc(1)
	var b Box
	defer b.Inc(2)
	defer b.Get()
	var m sync.Mutex // ERROR "moved to heap: m"
	m.Lock()
	defer m.Unlock()
}

type Shared struct {
	*sync.Mutex
	n int
}

// p.Lock() through an embedded *Mutex takes no &p: p stays.
func embeddedPtr() {
	p := Shared{Mutex: &sync.Mutex{}} // ERROR "&sync.Mutex{} escapes to heap"
	p.Lock()
	defer p.Unlock()
	p.n++
}

func loop(n int) {
	for i := 0; i < n; i++ {
		var c Counter // ERROR "moved to heap: c"
		defer c.Inc(i)
		var d Counter
		defer d.Get()
	}
}

func goes(done chan bool) { // ERROR "done does not escape"
	var c Counter // ERROR "moved to heap: c"
	go c.Inc(3)
	var v Counter
	go v.Get()
	p := &Counter{} // ERROR "&Counter{} escapes to heap"
	go p.Inc(4)
	done <- true
}

func goIface(g Getter) { // ERROR "leaking param: g"
	go g.Get()
}

func ifaceDefer(g Getter) int { // ERROR "leaking param: g"
	defer g.Get()
	return 0
}

func main() {
	once()
	embeddedPtr()
	loop(2)
	done := make(chan bool, 1)
	goes(done)
	goIface(Counter{1})     // ERROR "Counter{...} escapes to heap"
	ifaceDefer(Counter{5}) // ERROR "Counter{...} escapes to heap"
}
