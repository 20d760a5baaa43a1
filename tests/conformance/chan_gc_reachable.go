// What channels and goroutines keep alive across collections: values in a
// channel's buffer, the value a blocked sender is about to send, and
// whatever a goroutine blocked forever still refers to. Each survives
// runtime.GC() and is read back intact.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	id   int
	name string
	next *Node
}

func newList(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, "node-" + string(rune('a'+i%26)), head}
	}
	return head
}

func length(h *Node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

func send(c chan *Node, n int) {
	c <- newList(n)
}

func hold(block chan int, data []int, out chan int) {
	<-block // never comes
	out <- data[len(data)-1]
}

func main() {
	// 1. Only the buffer refers to these lists.
	buf := make(chan *Node, 3)
	for i := 1; i <= 3; i++ {
		buf <- newList(10 * i)
	}
	runtime.GC()
	runtime.GC()
	for i := 0; i < 3; i++ {
		l := <-buf
		fmt.Println("buffered list:", length(l), l.name)
	}

	// 2. A sender blocked on an unbuffered channel: its value lives in its frame.
	c := make(chan *Node)
	go send(c, 25)
	runtime.Gosched() // let it block
	runtime.GC()
	l := <-c
	fmt.Println("sent list:", length(l), l.next.name)

	// 3. A goroutine blocked forever keeps its data alive.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	go hold(make(chan int), make([]int, 1<<20), make(chan int))
	runtime.Gosched()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("held by a blocked goroutine:", after.HeapAlloc > before.HeapAlloc+4<<20)
}
