// x.(I) of a nil interface: "interface conversion: interface is nil, not
// main.Shape".
package main

type Shape interface{ Area() float64 }

func main() {
	var a any
	s, ok := a.(Shape)
	println(s == nil, ok)
	_ = a.(Shape)
}
