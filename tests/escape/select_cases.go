// errorcheck -m
// (issue 5) select: each case's communication is analysed as the
// statement it is (a send moves what it sends to the heap, a receive
// reads from the heap), and each case's body as any block. The channels
// themselves do not escape; nil channel cases and default change nothing.
package main

var sink *int

func sendCase(a chan *int, b chan int) { // ERROR "a does not escape" "b does not escape"
	z := 5 // ERROR "moved to heap: z"
	select {
	case a <- &z:
	case b <- 3:
	default:
	}
}

func recvCases(a chan *int, b chan *int) *int { // ERROR "a does not escape" "b does not escape"
	select {
	case v := <-a:
		return v
	case w, ok := <-b:
		if ok {
			return w
		}
	}
	return nil
}

func assignCase(a chan *int) *int { // ERROR "a does not escape"
	var w *int
	var ok bool
	select {
	case w, ok = <-a:
		_ = ok
	case <-a:
	}
	return w
}

func bodies(a chan int, out *int) { // ERROR "a does not escape" "out does not escape"
	local := 1 // ERROR "moved to heap: local"
	other := 2
	select {
	case v := <-a:
		sink = &local
		_ = v
	default:
		*out = other
	}
}

func bodyParam(a chan int, p *int, q *int) int { // ERROR "a does not escape" "leaking param: p" "q does not escape"
	select {
	case <-a:
		sink = p
	default:
	}
	return *q
}

func inLoop(a chan *int, done chan bool) { // ERROR "a does not escape" "done does not escape"
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x"
		select {
		case a <- &x:
		case <-done:
			return
		}
	}
}

func nilCases() int {
	var never chan *int
	y := 7 // ERROR "moved to heap: y"
	select {
	case never <- &y:
	case v := <-never:
		return *v
	default:
	}
	return 0
}

func emptySelect(stop bool) {
	if stop {
		select {}
	}
}

func main() {
	a := make(chan *int, 4)
	b := make(chan int, 1)
	sendCase(a, b)
	_ = recvCases(a, a)
	_ = assignCase(a)
	n := 3
	bodies(b, &n)
	m, k := 4, 5 // ERROR "moved to heap: m"
	_ = bodyParam(b, &m, &k)
	inLoop(a, make(chan bool))
	_ = nilCases()
	emptySelect(false)
}
