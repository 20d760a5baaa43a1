// Closures (issue 6, func): func literals capturing variables by value
// (never reassigned) and by reference (reassigned, in the closure or
// after it), counters and generators that outlive their creator, nested
// literals, recursion through a captured variable, closures in slices,
// maps and structs, closures passed to and returned from functions.
package main

import "fmt"

type Point struct{ X, Y int }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func fibgen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func each(xs []int, visit func(int)) {
	for _, x := range xs {
		visit(x)
	}
}

func makeAcc() (func(int), func() int) {
	sum := 0
	return func(x int) { sum += x }, func() int { return sum }
}

func main() {
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())

	add5 := adder(5)
	fmt.Println(add5(1), adder(10)(2))

	fib := fibgen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	double := func(x int) int { return 2 * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))

	sum := 0
	each([]int{1, 2, 3, 4}, func(x int) { sum += x })
	fmt.Println(sum)

	put, get := makeAcc()
	put(3)
	put(4)
	fmt.Println(get())

	// by value: k is never reassigned
	k := 7
	times := func(x int) int { return x * k }
	fmt.Println(times(6))

	// by reference: x changes after the closure is made
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())

	// nested literals see the outermost variables
	outer := 100
	nest := func() func() int {
		inner := 10
		return func() int {
			outer++
			return outer + inner
		}
	}
	f := nest()
	f()
	fmt.Println(f(), outer)

	// recursion through a captured variable
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// a struct captured by value and one by reference
	p := Point{1, 2}
	q := Point{3, 4}
	get2 := func() (int, int) { return p.X + q.X, p.Y + q.Y }
	q.X = 30
	fmt.Println(get2())

	// closures in a map, a slice and a struct
	ops := map[string]func(int) int{"neg": func(x int) int { return -x }, "sq": func(x int) int { return x * x }}
	fmt.Println(ops["neg"](3), ops["sq"](3))
	type handler struct {
		name string
		run  func() int
	}
	hs := []handler{{"one", func() int { return 1 }}, {"count", counter()}}
	hs[1].run()
	fmt.Println(hs[0].name, hs[0].run(), hs[1].name, hs[1].run())

	// called where it is written
	r := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(r)
	func() {
		fmt.Println("immediately", r)
	}()
}
