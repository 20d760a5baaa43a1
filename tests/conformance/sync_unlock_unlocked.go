// Unlocking a Mutex that is not locked is a fatal error (not a panic: it
// cannot be recovered): "fatal error: sync: unlock of unlocked mutex", exit
// status 2.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu sync.Mutex
	n  int
}

func bump(g *guarded) {
	g.mu.Lock()
	g.n++
	g.mu.Unlock()
}

func main() {
	var g guarded
	bump(&g)
	bump(&g)
	fmt.Println("n =", g.n)
	g.mu.Unlock()
	fmt.Println("never")
}
