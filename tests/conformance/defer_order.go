// defer: deferred calls run when the function returns, last deferred
// first; their arguments are evaluated at the defer statement; a defer in
// a loop defers one call per iteration; results are set before the
// deferred calls run. Deferred calls of the package's functions, of
// fmt.Println / Printf and of println.
package main

import "fmt"

type Point struct{ X, Y int }

func trace(name string, depth int) {
	fmt.Printf("leave %s at depth %d\n", name, depth)
}

func show(p Point, tags []string, label string) {
	fmt.Println("show", p, tags, label)
}

func sum(xs []int) (total int) {
	defer trace("sum", len(xs))
	for _, x := range xs {
		total += x
	}
	return total * 10
}

func countdown(n int) {
	for i := n; i > 0; i-- {
		defer fmt.Println("countdown", i)
	}
	fmt.Println("counting down from", n)
}

func snapshot() {
	p := Point{1, 2}
	tags := []string{"a", "b"}
	label := "before"
	defer show(p, tags, label)
	p.X = 100
	tags[0] = "changed" // the slice shares its array: the change shows
	label = "after"
	defer println("println sees", label, p.X)
	fmt.Println("snapshot body done")
}

func nested(depth int) int {
	defer trace("nested", depth)
	if depth == 0 {
		return 0
	}
	return nested(depth-1) + 1
}

func main() {
	fmt.Println("sum =", sum([]int{1, 2, 3}))
	countdown(3)
	snapshot()
	fmt.Println("nested =", nested(3))
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("main body done")
}
