// errorcheck -m
// (issue 5) sync's methods take a pointer receiver that gc's tags say
// leaks to the heap (the semaphore calls underneath are linknamed, so gc
// assumes the worst): wg.Add(1) on a local WaitGroup passes &wg and moves
// wg to the heap, a *WaitGroup parameter leaks, a Mutex inside a struct
// moves the whole struct (or leaks the pointer to it). time.Sleep,
// runtime.Gosched and runtime.NumGoroutine keep nothing.
package main

import (
	"runtime"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type pair struct {
	wg *sync.WaitGroup
	n  int
}

func add() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	wg.Add(1)
}

func done() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	wg.Done()
}

func wait() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	wg.Wait()
}

func lock() {
	var m sync.Mutex // ERROR "moved to heap: m"
	m.Lock()
}

func unlock() {
	var m sync.Mutex // ERROR "moved to heap: m"
	m.Unlock()
}

func notUsed() int {
	var wg sync.WaitGroup
	var m sync.Mutex
	wg2 := wg
	_ = wg2
	_ = m
	return 1
}

func fieldPtr(c *counter) { // ERROR "leaking param: c"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func fieldValue() int {
	var c counter // ERROR "moved to heap: c"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.n
}

func allocated() {
	wg := new(sync.WaitGroup) // ERROR "new\(sync.WaitGroup\) escapes to heap"
	wg.Add(1)
	m := &sync.Mutex{} // ERROR "&sync.Mutex{} escapes to heap"
	m.Lock()
}

func waitParam(wg *sync.WaitGroup) { // ERROR "leaking param: wg"
	wg.Wait()
}

func doneThrough(p *pair) { // ERROR "leaking param content: p"
	p.wg.Done()
}

func worker(wg *sync.WaitGroup, mu *sync.Mutex, total *int) { // ERROR "leaking param: wg" "leaking param: mu" "total does not escape"
	mu.Lock()
	*total++
	mu.Unlock()
	wg.Done()
}

func pool() int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	var mu sync.Mutex // ERROR "moved to heap: mu"
	total := 0 // ERROR "moved to heap: total"
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(&wg, &mu, &total)
	}
	wg.Wait()
	return total
}

func sleeps(d time.Duration, p *time.Duration) int { // ERROR "p does not escape"
	time.Sleep(d)
	time.Sleep(*p)
	time.Sleep(3 * time.Millisecond)
	runtime.Gosched()
	return runtime.NumGoroutine()
}

func main() {
	add()
	done()
	wait()
	lock()
	unlock()
	notUsed()
	fieldPtr(&counter{}) // ERROR "&counter{} escapes to heap"
	fieldValue()
	allocated()
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	waitParam(&wg)
	doneThrough(&pair{wg: &wg}) // ERROR "&pair{...} does not escape"
	pool()
	d := time.Millisecond
	sleeps(d, &d)
}
