// errorcheck -m
// (issue 6) Floats allocate as any scalar does: a float passed to fmt is
// converted to interface and escapes (gc: "x escapes to heap"), new(float64)
// and a []float64 follow their pointers, and a float variable whose address
// outlives its frame is moved to the heap.
package main

import "fmt"

var sink *float64

func newFloat(v float64) *float64 {
	p := new(float64) // ERROR "new\(float64\) escapes to heap"
	*p = v
	return p
}

func keep() {
	f := 2.5 // ERROR "moved to heap: f"
	sink = &f
}

func local() float64 {
	f := 1.5
	p := &f
	*p *= 2
	s := make([]float64, 4) // ERROR "make\(\[\]float64, 4\) does not escape"
	s[0] = f
	return s[0] + *p
}

func main() {
	x := 1.5
	var y float32 = 2.5
	fmt.Println(x, y, x*2) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "y escapes to heap" "x \* 2 escapes to heap"
	keep()
	s := make([]float64, 3) // ERROR "make\(\[\]float64, 3\) escapes to heap"
	fmt.Println(*newFloat(3), s, local()) // ERROR "\.\.\. argument does not escape" "\*newFloat\(3\) escapes to heap" "s escapes to heap" "local\(\) escapes to heap"
}
