// A failed assertion to an interface type: Go's "interface conversion:
// main.T is not main.Shape: missing method Area" panic.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type T struct{ n int }

func (T) Perimeter() float64 { return 1 }

func main() {
	var a any = T{1}
	if _, ok := a.(Shape); !ok {
		fmt.Println("not a shape")
	}
	var s Shape
	_, ok := any(s).(fmt.Stringer)
	fmt.Println(ok)
	_ = a.(Shape)
}
