// errorcheck -m
// (issue 5) go statements, as gc 1.19 compiles them: `go f(x)` becomes
// `t := x; go func() { f(t) }()`, and the wrapper closure is on the heap.
// So whatever an argument points to escapes, whatever f does with it
// (&y moves y; a pointer parameter passed on leaks), while constants,
// function names and slice literals stay inside the wrapper: a slice
// literal goes where f's parameter tag says. An argument over 128 bytes is captured by reference, so gc
// moves its temporary to the heap and names it (".autotmp_N", numbered
// after everything the function declares). A call with no parameters and
// no results is not wrapped.
package main

type small struct {
	p *int
	n int
}

type big struct {
	a [20]int
}

func worker(p *int, done chan bool) { // ERROR "p does not escape" "done does not escape"
	done <- *p > 0
}

func keep(p *int, out chan *int) { // ERROR "leaking param: p" "out does not escape"
	out <- p
}

func takeSmall(s small, done chan bool) { // ERROR "s does not escape" "done does not escape"
	done <- s.p != nil
}

func takeBig(b big, done chan bool) { // ERROR "done does not escape"
	done <- b.a[0] == 0
}

func takeSlice(s []int, done chan bool) { // ERROR "s does not escape" "done does not escape"
	done <- len(s) > 0
}

func nothing() {}

func result() int { return 1 }

func pair() (*int, chan bool) {
	return nil, nil
}

func goAddr(done chan bool) { // ERROR "leaking param: done"
	y := 2 // ERROR "moved to heap: y"
	go worker(&y, done)
}

func goParam(p *int, done chan bool) { // ERROR "leaking param: p" "leaking param: done"
	go worker(p, done)
}

func goContent(pp **int, done chan bool) { // ERROR "leaking param content: pp" "leaking param: done"
	go worker(*pp, done)
}

func goKeep(out chan *int) { // ERROR "leaking param: out"
	z := 3 // ERROR "moved to heap: z"
	go keep(&z, out)
}

func goSmall(done chan bool) { // ERROR "leaking param: done"
	n := 1 // ERROR "moved to heap: n"
	go takeSmall(small{&n, 1}, done)
}

func goBig(done chan bool) { // ERROR "leaking param: done"
	var b big
	go takeBig(b, done) // ERROR "moved to heap: .autotmp_2"
	go takeBig(big{}, done) // ERROR "moved to heap: .autotmp_4"
}

func goBigLoop(done chan bool, _ int) (r int) { // ERROR "leaking param: done"
	var b big
	for i := 0; i < 2; i++ {
		go takeBig(b, done) // ERROR "moved to heap: .autotmp_6"
	}
	x, y := 1, 2
	return x + y
}

func goSlices(done chan bool, n int) { // ERROR "leaking param: done"
	go takeSlice([]int{1, 2}, done) // ERROR "\[\]int{...} does not escape"
	go takeSlice([]int{n, n}, done) // ERROR "\[\]int{...} does not escape"
	go takeSlice(make([]int, 3), done) // ERROR "make\(\[\]int, 3\) escapes to heap"
	s := make([]int, 2) // ERROR "make\(\[\]int, 2\) escapes to heap"
	go takeSlice(s, done)
}

func goConstants(done chan bool) { // ERROR "leaking param: done"
	go worker(nil, done)
	go takeSlice(nil, done)
	go nothing()
	go result()
}

func goMulti() {
	go worker(pair())
}

func both(a, b *int) (*int, chan bool) { // ERROR "leaking param: a to result ~r0 level=0" "b does not escape"
	return a, nil
}

func goMultiPointers() {
	u, w := 1, 2 // ERROR "moved to heap: u"
	go worker(both(&u, &w))
}

func goRangeChan(in chan int, done chan bool) { // ERROR "in does not escape" "leaking param: done"
	for v := range in { // ERROR "moved to heap: v"
		go worker(&v, done)
	}
}

// A go statement calling its own function (one batch): the argument
// flows to the parameter itself, and to the closure.
func tree(p *int, n int, done chan bool) { // ERROR "leaking param: p" "leaking param: done"
	if n > 0 {
		go tree(p, n-1, done)
		return
	}
	done <- *p > 0
}

func goInLoop(done chan bool) { // ERROR "leaking param: done"
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v"
		go worker(&v, done)
	}
}

func main() {
	done := make(chan bool, 100)
	goAddr(done)
	k := 1 // ERROR "moved to heap: k"
	goParam(&k, done)
	pk := &k
	goContent(&pk, done)
	goKeep(make(chan *int, 1))
	goSmall(done)
	goBig(done)
	goBigLoop(done, 0)
	goSlices(done, 4)
	goConstants(done)
	goInLoop(done)
	goMultiPointers()
	tree(&k, 2, done)
	goRangeChan(make(chan int), done)
}
