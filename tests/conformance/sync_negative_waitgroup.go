// Done called more times than Add panics: "sync: negative WaitGroup
// counter". The panic is raised inside package sync, so only the first
// line of stderr is compared.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("balanced")
	wg.Add(1)
	wg.Done()
	wg.Done()
	fmt.Println("never")
}
