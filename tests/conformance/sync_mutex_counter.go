// Ten goroutines each add 1000 to a shared counter under a sync.Mutex and a
// WaitGroup joins them: the total is always 10000.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
	by [10]int
}

func add(c *counter, id int, times int, wg *sync.WaitGroup) {
	for i := 0; i < times; i++ {
		c.mu.Lock()
		c.n++
		c.by[id]++
		c.mu.Unlock()
	}
	wg.Done()
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for id := 0; id < 10; id++ {
		wg.Add(1)
		go add(&c, id, 1000, &wg)
	}
	wg.Wait()
	fmt.Println("total", c.n)
	fmt.Println(c.by)

	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	mu.Lock()
	fmt.Println("relocked")
	mu.Unlock()
}
