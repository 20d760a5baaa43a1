// errorcheck -m
// Closures (issue 6, func): a func literal's object is on the stack when
// it does not escape, on the heap when it does; a variable it captures by
// reference (reassigned, or too large to copy: over 128 bytes) moves to the
// heap only when the closure escapes; one captured by value (never
// reassigned, at most 128 bytes) is copied into the closure and stays
// where it is. Checked against gc 1.19 -m -l.
package main

var keep func() int

func counter() func() int {
	n := 0 // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x } // ERROR "func literal escapes to heap"
}

func apply(f func(int) int, x int) int { // ERROR "f does not escape"
	return f(x)
}

func store(x int) {
	keep = func() int { return x } // ERROR "func literal escapes to heap"
}

func storeRef() {
	y := 1 // ERROR "moved to heap: y"
	keep = func() int { return y } // ERROR "func literal escapes to heap"
	y = 2
}

func local() int {
	a, b := 1, 2
	f := func() int { return a + b } // ERROR "func literal does not escape"
	b = 3
	return f()
}

func big() int {
	var arr [20]int
	f := func() int { return arr[3] } // ERROR "func literal does not escape"
	return f()
}

func bigEscapes() func() int {
	var arr [20]int // ERROR "moved to heap: arr"
	arr[1] = 5
	return func() int { return arr[1] } // ERROR "func literal escapes to heap"
}

func rec() int {
	var fact func(int) int
	fact = func(n int) int { // ERROR "func literal does not escape"
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	return fact(5)
}

func direct() int {
	k := 3
	return func(x int) int { return x * k }(2) // ERROR "func literal does not escape"
}

func nested() func() int {
	outer := 0 // ERROR "moved to heap: outer"
	return func() int { // ERROR "func literal escapes to heap"
		return func() int { // ERROR "func literal does not escape"
			outer++
			return outer
		}()
	}
}

func main() {
	c := counter()
	c()
	println(adder(1)(2), apply(func(x int) int { return x + 1 }, 3)) // ERROR "func literal does not escape"
	store(1)
	storeRef()
	println(local(), big(), bigEscapes()(), rec(), direct(), nested()())
}
