// defer of method calls: value and pointer receivers (the receiver
// evaluated, and a value receiver copied, at the defer statement),
// promoted methods, interface methods, sync's methods, defer in a loop.
package main

import (
	"fmt"
	"sync"
)

type Counter struct{ n int }

func (c *Counter) Inc(by int) { c.n += by; fmt.Println("inc", by, "->", c.n) }
func (c Counter) Show(tag string) { fmt.Println("show", tag, c.n) }

type Named struct {
	Counter
	name string
}

type Shower interface{ Show(tag string) }

type Loud struct{ word string }

func (l Loud) Show(tag string) { fmt.Println("loud", tag, l.word) }

type Resource struct{ name string }

func (r *Resource) Close() error { fmt.Println("close", r.name); return nil }

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Put(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func values() {
	c := Counter{n: 1}
	defer c.Show("value copied at defer") // sees n == 1
	defer c.Inc(10)                       // &c: sees later changes
	c.n = 5
	p := &c
	defer p.Show("through pointer") // *p copied now: 5
	c.n = 7
	fmt.Println("body done", c.n)
}

func promoted() {
	var n Named
	n.name = "x"
	defer n.Show("promoted value")
	defer n.Inc(2)
	n.n = 3
}

func ifaces() {
	var s Shower = Loud{"hey"}
	defer s.Show("iface")
	s = Counter{42}
	defer s.Show("iface2")
	var e interface{ Close() error } = &Resource{"file"}
	defer e.Close()
	fmt.Println("ifaces body")
}

func loops() {
	rs := []*Resource{{"a"}, {"b"}, {"c"}}
	for _, r := range rs {
		defer r.Close()
	}
	for i := 0; i < 3; i++ {
		c := Counter{i}
		defer c.Show(fmt.Sprint("loop", i))
	}
	var s Shower
	for i := 0; i < 2; i++ {
		s = Loud{fmt.Sprint("w", i)}
		defer s.Show("iface loop")
	}
	fmt.Println("loops body")
}

func syncs() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	sm := &SafeMap{m: map[string]int{}}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += k
			sm.Put(fmt.Sprint("k", k), k)
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total, len(sm.m), sm.m["k3"])
}

func main() {
	values()
	promoted()
	ifaces()
	loops()
	syncs()
}
