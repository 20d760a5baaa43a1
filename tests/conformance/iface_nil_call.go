// A method call on a nil interface value: a nil pointer dereference.
package main

type Shape interface{ Area() float64 }

func area(s Shape) float64 { return s.Area() }

func main() {
	var s Shape
	println(s == nil)
	println(area(s))
}
