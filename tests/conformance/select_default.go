// select with a default case never blocks: it takes a ready case if there is
// one and the default otherwise. Receives from an empty channel and sends
// to a full one fall to the default; a value in the buffer or room in it is
// taken.
package main

import "fmt"

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	v, ok := tryRecv(ch)
	fmt.Println("empty:", v, ok)
	fmt.Println("send 1:", trySend(ch, 1))
	fmt.Println("send 2:", trySend(ch, 2))
	fmt.Println("send 3:", trySend(ch, 3), "len", len(ch))
	v, ok = tryRecv(ch)
	fmt.Println("recv:", v, ok)
	fmt.Println("send 4:", trySend(ch, 4))
	for i := 0; i < 3; i++ {
		v, ok = tryRecv(ch)
		fmt.Println("recv:", v, ok)
	}

	unbuf := make(chan int)
	fmt.Println("unbuffered, no receiver:", trySend(unbuf, 9))
	v, ok = tryRecv(unbuf)
	fmt.Println("unbuffered, no sender:", v, ok)

	done := make(chan int)
	close(done)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case <-done:
			n++
		default:
			fmt.Println("default taken although closed")
		}
	}
	fmt.Println("closed channel ready every time:", n)
}
