// Goroutines running closures and func values (issue 6, func): go func()
// {...}() capturing a WaitGroup and a channel by reference, go fv(args)
// with the arguments evaluated by the go statement, results gathered in
// a fixed order.
package main

import (
	"fmt"
	"sync"
)

func square(n int, out chan<- int) { out <- n * n }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		k := i
		go func() {
			results[k] = k * 100
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(results)

	out := make(chan int)
	f := square
	go f(7, out)
	fmt.Println(<-out)

	done := make(chan string)
	msg := "hello"
	go func(prefix string) {
		done <- prefix + ", " + msg
	}("say")
	fmt.Println(<-done)

	total := 0
	var mu sync.Mutex
	add := func(n int) {
		mu.Lock()
		total += n
		mu.Unlock()
		wg.Done()
	}
	wg.Add(3)
	go add(1)
	go add(2)
	go add(3)
	wg.Wait()
	fmt.Println(total)
}
