// A recovered value asserted to its concrete type with x.(T): the value
// comes back typed, as it was panicked with.
package main

import "fmt"

type Code int

type Point struct{ X, Y int }

func strings() {
	r := recover()
	if r == nil {
		fmt.Println("nothing to recover")
		return
	}
	s := r.(string)
	fmt.Println("string of length", len(s)+0, s)
}

func codes() {
	c := recover().(Code)
	fmt.Println("code plus one:", c+1)
}

func points() {
	p := recover().(Point)
	p.X *= 10
	fmt.Println("point:", p, p.X+p.Y)
}

func fail(kind int) {
	if kind == 0 {
		defer strings()
		panic("a message")
	}
	if kind == 1 {
		defer codes()
		panic(Code(41))
	}
	defer points()
	panic(Point{3, 4})
}

func calm() {
	defer strings()
}

func main() {
	calm()
	for k := 0; k < 3; k++ {
		fail(k)
	}
}
