// conformance: expected by hand (Go 1.22 loop variables: each iteration has its own)
// Closures capturing loop variables (issue 6, func). Since Go 1.22 each
// iteration of a for or range loop declares new variables, so a closure
// made in an iteration sees that iteration's value, even after the loop;
// Go 1.19 (the installed oracle) shared one variable across iterations
// and printed "3 3 3" and "c c c" below. govm follows today's Go.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ws []func() string
	for _, w := range []string{"a", "b", "c"} {
		ws = append(ws, func() string { return w })
	}
	for _, f := range ws {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// the closure changes its iteration's variable: the loop sees it
	var ks []func()
	for k := 0; k < 6; k++ {
		ks = append(ks, func() { k++ })
		ks[len(ks)-1]()
	}
	fmt.Println(len(ks))

	// a variable declared in the body is new each iteration in every version
	var gs []func() int
	for n := 0; n < 3; n++ {
		v := n * 10
		gs = append(gs, func() int { return v })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// a closure called in its own iteration sees the current values
	sum := 0
	for j := 1; j <= 4; j++ {
		func() { sum += j }()
	}
	fmt.Println(sum)
}
