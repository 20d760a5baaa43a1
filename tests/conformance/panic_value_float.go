// panic with a float: printed as print prints floats (+1.500000e+000), a
// defined float type with its name around the value.
package main

import "fmt"

type Celsius float64

func check(t Celsius) {
	if t < -273.15 {
		panic(t)
	}
	fmt.Println("ok", float64(t))
}

func main() {
	check(21.5)
	check(-300)
}
