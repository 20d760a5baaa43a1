// errorcheck -m
// Closures in defer and go statements (issue 6, func): a deferred closure
// outside a loop stays on the stack (the common recover pattern); in a
// loop its record and the closure go to the heap; a goroutine's closure
// always escapes, with what it captures by reference; go fv(x) and
// defer fv(x) of a local func value, whose literal is then known, as gc's
// StaticValue finds it. Checked against gc 1.19 -m -l.
package main

func safe(f func()) (ok bool) { // ERROR "f does not escape"
	defer func() { // ERROR "func literal does not escape"
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}

func loop(n int) {
	for i := 0; i < n; i++ {
		j := i
		defer func() { println(j) }() // ERROR "func literal escapes to heap"
	}
}

func spawn(done chan bool) { // ERROR "leaking param: done"
	x := 0 // ERROR "moved to heap: x"
	go func() { // ERROR "func literal escapes to heap"
		x++
		done <- true
	}()
	f := func(c chan bool) { c <- true } // ERROR "func literal escapes to heap" "c does not escape"
	go f(done)
}

func deferValue() {
	show := func(n int) { println(n) } // ERROR "func literal does not escape"
	defer show(1)
}

func main() {
	println(safe(func() { var m map[int]int; m[0] = 1 })) // ERROR "func literal does not escape"
	loop(2)
	done := make(chan bool)
	spawn(done)
	<-done
	<-done
	deferValue()
}
