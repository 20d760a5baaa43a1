// Printing composite values with fmt: %v and %+v of structs (nested, with
// slices, maps and pointer fields at nil), %d on slices and arrays, %T of
// every kind of type, pointers to structs, arrays and slices printing as
// &{...} and &[...], nil slices and maps, %q on string slices.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Pts    []Point
	Tags   map[string]int
	Center *Point
	Ok     bool
}

func main() {
	p := Point{1, -2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %d\n", p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)

	s := Shape{Name: "tri", Pts: []Point{{0, 0}, {1, 0}, {0, 1}}, Tags: map[string]int{"b": 2, "a": 1}}
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	var empty Shape
	fmt.Println(empty)
	fmt.Printf("%+v\n", empty)

	ints := []int{10, -20, 30}
	arr := [3]uint8{1, 2, 255}
	fmt.Printf("%d %v %x %X %03d\n", ints, ints, ints, arr, arr)
	fmt.Println(&ints, &arr)
	fmt.Printf("%v %d\n", &arr, &ints)

	var nilS []string
	var nilM map[int]bool
	var nilP *Point
	fmt.Println(nilS, nilM, nilP)
	fmt.Printf("%v %v %v %d\n", nilS, nilM, nilP, nilS)
	fmt.Printf("%q %q\n", []string{"a b", "\"c\""}, nilS)

	nested := [][]Point{{{1, 2}}, {{3, 4}, {5, 6}}}
	fmt.Println(nested)
	fmt.Printf("%+v\n", nested)
	mm := map[Point][]int{{2, 1}: {1}, {1, 9}: nil}
	fmt.Println(mm)

	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", ints)
	fmt.Printf("%T\n", arr)
	fmt.Printf("%T\n", nilM)
	fmt.Printf("%T\n", nested)
	fmt.Printf("%T\n", mm)
	fmt.Printf("%T\n", struct {
		A int
		B []string
	}{})
	fmt.Printf("%T %T %T\n", 'x', byte(1), "s")

	anon := struct {
		P  *Point
		In struct{ A, B int }
	}{In: struct{ A, B int }{1, 2}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Println([]*Point{nil}, [2]bool{true})
	fmt.Printf("%v|%6d|%-4v|\n", []string{}, []int{1, 2}, []int{3})
	fmt.Printf("%s\n", []string{"x", "y"})
}
