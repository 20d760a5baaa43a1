// A goroutine started on a method panics: its traceback names the method
// and the go statement that created it.
package main

import "time"

type T struct{ n int }

func (t *T) Run(k int) {
	var a []int
	_ = a[t.n+k]
}

func main() {
	t := &T{n: 2}
	go t.Run(1)
	time.Sleep(time.Second)
}
