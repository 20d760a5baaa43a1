// defer of sync's methods: through an embedded Mutex (promoted Lock and
// Unlock), an embedded *Mutex, array elements in a loop, wg.Done in
// goroutines.
package main

import (
	"fmt"
	"sync"
)

type C struct {
	sync.Mutex
	n int
}

type P struct {
	*sync.Mutex
	n int
}

func (c *C) inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func main() {
	c := &C{}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc()
		}()
	}
	wg.Wait()
	p := P{Mutex: &sync.Mutex{}}
	for i := 0; i < 3; i++ {
		p.Lock()
		p.n++
		p.Unlock()
	}
	var mus [3]sync.Mutex
	for i := range mus {
		mus[i].Lock()
		defer mus[i].Unlock()
	}
	fmt.Println(c.n, p.n)
}
