// go and defer of method-call shapes (issue 6): a strings.Builder's
// methods deferred, deferred interface method calls (defer r.Close()),
// method values deferred (defer f()), methods started as goroutines
// through values, pointers and interfaces, with the receiver and the
// arguments evaluated at the statement, as Go does.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Closer interface{ Close() error }

type File struct{ name string }

func (f *File) Close() error {
	fmt.Println("close", f.name)
	return nil
}

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(wg *sync.WaitGroup, xs ...int) {
	defer wg.Done()
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, x := range xs {
		a.sum += x
	}
}

type Adder interface {
	Add(wg *sync.WaitGroup, xs ...int)
}

type Val struct{ n int }

func (v Val) Report(ch chan string) { ch <- fmt.Sprint("val ", v.n) }

func build() (s string) {
	var b strings.Builder
	defer func() { s = b.String() }()
	defer b.WriteString("!")
	defer b.WriteByte('x')
	defer b.WriteRune('é')
	b.WriteString("hi")
	return "ignored"
}

func files() {
	var r Closer = &File{"a"}
	defer r.Close()
	r = &File{"b"} // the deferred call keeps the first value
	defer r.Close()
	f := &File{"c"}
	cl := f.Close
	defer cl()
	f.name = "c2" // the method value holds the pointer: it sees this
	fmt.Println("files body")
}

func main() {
	fmt.Println(build())
	var b strings.Builder
	for i := 0; i < 3; i++ {
		func() {
			defer b.WriteString(fmt.Sprint(i))
			b.WriteString("-")
		}()
	}
	fmt.Println(b.String())
	files()
	acc := &Acc{}
	var wg sync.WaitGroup
	wg.Add(4)
	go acc.Add(&wg, []int{1, 2}...)
	var ad Adder = acc
	go ad.Add(&wg, []int{10}...)
	xs := []int{100, 200}
	go acc.Add(&wg, xs...)
	go ad.Add(&wg)
	wg.Wait()
	fmt.Println(acc.sum)
	ch := make(chan string)
	v := Val{1}
	go v.Report(ch)
	fmt.Println(<-ch)
	pv := &Val{2}
	go pv.Report(ch)
	pv.n = 3
	fmt.Println(<-ch)
}
