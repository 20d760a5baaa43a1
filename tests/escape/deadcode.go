// errorcheck -m
// gc removes dead code before escape analysis (its deadcode pass): the
// untaken branch of an if on a constant, what follows an if on a constant
// that returns, and switch cases on constants that cannot match. What is
// only there decides nothing.
package main

const debug = false

var keep []*int

func branches() int {
	x := 1
	if debug {
		keep = append(keep, &x)
	}
	y := 2
	if !debug {
		return y
	}
	keep = append(keep, &y)
	return 0
}

func cases() int {
	z := 3
	switch {
	case debug:
		keep = append(keep, &z)
	default:
		z++
	}
	w := 4
	switch 2 {
	case 1:
		keep = append(keep, &w)
	case 2:
		w++
	}
	return z + w
}

func live() int {
	v := 5 // ERROR "moved to heap: v"
	if debug || len(keep) == 0 {
		keep = append(keep, &v)
	}
	return v
}

func main() {
	println(branches(), cases(), live())
}
