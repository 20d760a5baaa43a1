// A pipeline of three stages joined by unbuffered channels: gen emits
// 1..20, square squares, keepOdd drops the even squares; main sums what
// comes out. Each stage closes its output when its input is exhausted, so
// the close travels down the pipeline and ends main's range.
package main

import "fmt"

func gen(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func keepOdd(in <-chan int, out chan<- int) {
	for v := range in {
		if v%2 == 1 {
			out <- v
		}
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go gen(20, a)
	go square(a, b)
	go keepOdd(b, c)
	sum := 0
	for v := range c {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum of odd squares:", sum)
}
