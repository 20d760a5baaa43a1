// errorcheck -m
// (issue 5) Channels: what is sent goes to the heap (another goroutine may
// receive it), the channel itself does not escape by being used (send,
// receive, close, len and cap only read it), a received value comes from
// the heap and makes nothing escape, and make(chan T) is always
// runtime.makechan's heap object, about which gc says nothing.
package main

type T struct {
	p *int
	n int
}

var sink *int

func sendAddr(ch chan *int) { // ERROR "ch does not escape"
	x := 1 // ERROR "moved to heap: x"
	ch <- &x
}

func sendParam(ch chan *int, p *int) { // ERROR "ch does not escape" "leaking param: p"
	ch <- p
}

func sendContent(ch chan *int, pp **int) { // ERROR "ch does not escape" "leaking param content: pp"
	ch <- *pp
}

func sendInt(ch chan int, n int) { // ERROR "ch does not escape"
	ch <- n
	ch <- len(ch) + cap(ch)
}

func sendStruct(ch chan T, p *int) { // ERROR "ch does not escape" "leaking param: p"
	ch <- T{p: p}
}

func sendNew(ch chan *T, cs chan []int, n int) { // ERROR "ch does not escape" "cs does not escape"
	ch <- &T{n: n} // ERROR "&T{...} escapes to heap"
	ch <- new(T) // ERROR "new\(T\) escapes to heap"
	cs <- make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap"
	cs <- []int{n} // ERROR "\[\]int{...} escapes to heap"
}

func recvDeref(ch chan *int) int { // ERROR "ch does not escape"
	p := <-ch
	return *p
}

func recvReturn(ch <-chan *int) *int { // ERROR "ch does not escape"
	return <-ch
}

func recvCommaOk(ch chan *int) (*int, bool) { // ERROR "ch does not escape"
	p, ok := <-ch
	return p, ok
}

func recvToGlobal(ch chan *int) { // ERROR "ch does not escape"
	sink = <-ch
}

func recvAssign(ch chan *T) int { // ERROR "ch does not escape"
	var t *T
	t = <-ch
	local := 5 // ERROR "moved to heap: local"
	t.p = &local
	return t.n
}

func rangeOver(ch chan *T) int { // ERROR "ch does not escape"
	s := 0
	for t := range ch {
		s += t.n
	}
	return s
}

func rangeKeep(ch chan *int) *int { // ERROR "ch does not escape"
	var last *int
	for p := range ch {
		last = p
	}
	return last
}

func closeIt(ch chan int) { // ERROR "ch does not escape"
	close(ch)
}

func makeLocal() int {
	c := make(chan int, 3)
	c <- 1
	return len(c)
}

func makeReturned() chan *int {
	return make(chan *int)
}

func chanOfChan(cc chan chan int) { // ERROR "cc does not escape"
	c := make(chan int)
	cc <- c
}

func sendChanParam(cc chan chan int, c chan int) { // ERROR "cc does not escape" "leaking param: c"
	cc <- c
}

func directions(in <-chan *int, out chan<- *int) { // ERROR "in does not escape" "out does not escape"
	out <- <-in
}

func chanInStruct(h *struct{ c chan int }) { // ERROR "h does not escape"
	h.c <- 1
}

func storeChan(c chan int) *chan int { // ERROR "moved to heap: c"
	return &c
}

func sendArray(ca chan [2]*int) { // ERROR "ca does not escape"
	var arr [2]*int
	z := 3 // ERROR "moved to heap: z"
	arr[0] = &z
	ca <- arr
}

func main() {
	ch := make(chan *int, 8)
	sendAddr(ch)
	n := 3 // ERROR "moved to heap: n"
	sendParam(ch, &n)
	q := &n
	sendContent(ch, &q)
	ci := make(chan int, 10)
	sendInt(ci, 4)
	sendStruct(make(chan T, 1), nil)
	sendNew(make(chan *T, 2), make(chan []int, 2), 1)
	println(recvDeref(ch), recvReturn(ch) != nil)
	_, _ = recvCommaOk(ch)
	recvToGlobal(ch)
	rangeOver(make(chan *T))
	_ = rangeKeep(ch)
	closeIt(ci)
	makeLocal()
	_ = makeReturned()
	chanOfChan(make(chan chan int, 1))
	sendChanParam(make(chan chan int, 1), ci)
	directions(ch, ch)
	chanInStruct(&struct{ c chan int }{ci}) // ERROR "&struct { c chan int }{...} does not escape"
	_ = storeChan(ci)
	_ = recvAssign(make(chan *T))
	sendArray(make(chan [2]*int, 1))
}
