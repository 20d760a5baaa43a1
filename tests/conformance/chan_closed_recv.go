// Receiving from a closed channel: buffered values come out first (ok is
// true), then the zero value of the element type with ok false, forever.
package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	ci := make(chan int, 2)
	ci <- 7
	ci <- 8
	close(ci)
	for i := 0; i < 4; i++ {
		v, ok := <-ci
		fmt.Println(v, ok)
	}

	cs := make(chan string)
	close(cs)
	s, ok := <-cs
	fmt.Printf("%q %v\n", s, ok)

	cp := make(chan point, 1)
	cp <- point{1, 2, "p"}
	close(cp)
	p, ok := <-cp
	fmt.Printf("%+v %v\n", p, ok)
	p, ok = <-cp
	fmt.Printf("%+v %v\n", p, ok)

	cptr := make(chan *int)
	close(cptr)
	ptr, ok := <-cptr
	fmt.Println(ptr == nil, ok)

	cb := make(chan bool)
	close(cb)
	fmt.Println(<-cb, <-cb)

	cc := make(chan chan int)
	close(cc)
	inner := <-cc
	fmt.Println(inner == nil)
}
