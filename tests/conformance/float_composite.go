// Floats in the rest of the language (issue 6): function parameters and
// results, a defined float type, globals, pointers to floats
// and new(float64), slices, arrays and maps of floats (NaN keys never
// match; +0 and -0 are one key), struct and array comparison field by
// field (NaN != NaN, 0 == -0), and switch on a float.
package main

import "fmt"

type Celsius float64

func fahrenheit(c Celsius) float64 { return float64(c)*9/5 + 32 }

func warm(c *Celsius, by float64) { *c += Celsius(by) }

type Vec struct {
	X, Y float32
	Tag  string
	Len  float64
}

func avg(xs []float64) (mean, total float64) {
	for _, x := range xs {
		total += x
	}
	return total / float64(len(xs)), total
}

func scale(p *float64, k float64) { *p *= k }

func grade(score float64) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 75.5:
		return "B"
	default:
		return "C"
	}
}

var rate = 0.07
var balance float64
var counts [3]float32

func main() {
	mean, total := avg([]float64{1, 2, 3, 4.5})
	fmt.Println(mean, total)
	c := Celsius(37)
	warm(&c, 0.5)
	fmt.Println(c, fahrenheit(c), fahrenheit(-40))

	balance = 1000
	for year := 0; year < 3; year++ {
		balance += balance * rate
	}
	counts[1] = 2.5
	counts[2] += counts[1] * 2
	fmt.Println(balance, counts)

	f := 2.5
	scale(&f, 4)
	p := new(float64)
	*p = f / 3
	fmt.Println(f, *p)

	s := make([]float64, 0, 2)
	for i := 0; i < 5; i++ {
		s = append(s, float64(i)/4)
	}
	fmt.Println(s, len(s), s[4]*2)

	var zero float64
	nan := zero / zero
	m := map[float64]string{1.5: "a", 0.5: "b", -2: "c", zero: "zero"}
	m[-zero] = "minus zero"
	m[nan] = "n1"
	m[nan] = "n2"
	_, found := m[nan]
	fmt.Println(len(m), m[0], found, m[1.5], m[2])
	delete(m, nan)
	fmt.Println(len(m))

	v1 := Vec{1.5, -2, "a", 0}
	v2 := Vec{1.5, -2, "a", -zero}
	v3 := Vec{1.5, -2, "a", nan}
	fmt.Println(v1 == v2, v1 != v2, v3 == v3, v1, v3)
	a1 := [2]float64{nan, 1}
	a2 := [2]float64{0, 1}
	fmt.Println(a1 == a1, a2 == [2]float64{-zero, 1})

	for _, score := range []float64{95, 75.5, 75.4, nan} {
		fmt.Print(grade(score), " ")
	}
	fmt.Println()
	switch x := 2.5; x {
	case 1.5:
		fmt.Println("one and a half")
	case 2.5:
		fmt.Println("two and a half")
	}
	switch nan {
	case nan:
		fmt.Println("wrong")
	default:
		fmt.Println("NaN matches no case")
	}
}
