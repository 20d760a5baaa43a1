// Method values (issue 6): f := c.Inc is a closure holding the receiver
// (a copy for value receivers, made when the value is taken).
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func twice(f func()) {
	f()
	f()
}

var saved func() int

func main() {
	var c Counter
	inc := c.Inc
	inc()
	twice(inc)
	fmt.Println(c.n)
	get := c.Get // copies c now
	c.n = 100
	fmt.Println(get(), c.Get())
	add := c.Add
	fmt.Println(add(5))
	saved = c.Get
	c.n = 7
	fmt.Println(saved())
	p := &c
	g2 := p.Get
	p.n = 8
	fmt.Println(g2())
}
