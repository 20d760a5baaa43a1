// A nil channel is never ready: a select case on one is never chosen, so
// setting a channel variable to nil disables its case. A select whose every
// case is on a nil channel takes its default.
package main

import "fmt"

func fill(ch chan<- int, n int) {
	for i := 1; i <= n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	var never chan int
	var neverSend chan string
	live := make(chan int)
	go fill(live, 4)
	sum := 0
	for live != nil {
		select {
		case v := <-never:
			fmt.Println("nil receive chosen:", v)
		case neverSend <- "x":
			fmt.Println("nil send chosen")
		case v, ok := <-live:
			if !ok {
				live = nil
				break
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	select {
	case v := <-never:
		fmt.Println("nil receive chosen:", v)
	case neverSend <- "y":
		fmt.Println("nil send chosen")
	default:
		fmt.Println("all nil: default")
	}
	fmt.Println(never == nil, len(never), cap(never))
}
