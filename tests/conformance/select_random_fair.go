// When several cases of a select are ready, one is chosen at random
// (uniformly, Go's spec says): over 2000 selects on two always-ready
// channels, each case is chosen, and neither all the time. The exact
// counts vary from run to run, so only that is printed.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("total", na+nb)
	fmt.Println("a chosen sometimes:", na > 100)
	fmt.Println("b chosen sometimes:", nb > 100)

	closed := make(chan int)
	close(closed)
	ready := make(chan int, 1)
	nc, nr := 0, 0
	for i := 0; i < 2000; i++ {
		ready <- i
		select {
		case <-closed:
			nc++
			<-ready
		case <-ready:
			nr++
		}
	}
	fmt.Println("closed and ready both chosen:", nc > 100, nr > 100, nc+nr)
}
