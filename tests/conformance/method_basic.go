// Methods (issue 6): value and pointer receivers, automatic & and * at
// the call site, promotion through embedded structs and pointers.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}


type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type Named struct {
	Point
	*Counter
	Name string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p.Sum())
	p.Scale(3)
	fmt.Println(p.X, p.Y, p.Sum())
	pp := &p
	pp.Scale(2)
	fmt.Println(pp.Sum())
	var c Counter
	for i := 0; i < 5; i++ {
		c.Inc()
	}
	fmt.Println(c.Get())
	n := Named{Point{3, 4}, &Counter{}, "n"}
	n.Inc()
	n.Inc()
	n.Scale(10)
	fmt.Println(n.Sum(), n.Get(), n.X, n.n)
	ps := []Point{{1, 1}, {2, 2}}
	ps[1].Scale(5)
	fmt.Println(ps[1].Sum(), Point{7, 8}.Sum())
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
}
