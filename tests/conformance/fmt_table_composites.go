// Table test of fmt verbs on composite values through fmt.Sprintf: nested
// structs, pointers to structs, slices, arrays, maps (sorted keys), byte
// slices, nil values.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Name  string
	Tags  []string
	Attrs map[string]int
	Next  *Line
	score float64
}

type Celsius float64
type Names []string
type ID uint16

func show(format string, s string) {
	fmt.Printf("%-6s %s\n", format, s)
}

func main() {
	p := Point{1, 2}
	pp := &Point{3, 4}
	l := Line{A: p, B: Point{5, 6}, Name: "diag", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1, "m": 13}, score: 0.5}
	l2 := &Line{Name: "second", Next: &l}
	var nilp *Point
	var nils []int
	var nilm map[string]bool
	xs := []int{3, 1, 2}
	arr := [3]string{"x", "y", "z"}
	bs := []byte("hi\x01")
	ba := [4]byte{1, 2, 254, 255}
	m := map[int]string{3: "c", -1: "neg", 10: "ten", 0: "zero"}
	mb := map[bool]int{true: 1, false: 0}
	mf := map[float64]string{2.5: "b", -1: "a", 1e9: "c"}
	mp := map[Point]int{{2, 1}: 3, {1, 2}: 1, {1, 1}: 0}
	nested := [][]int{{1, 2}, nil, {}}
	c := Celsius(36.6)
	names := Names{"ann", "bob"}
	id := ID(7)

	for _, f := range []string{"%v", "%+v", "%#v", "%T", "%s", "%d", "%x", "%q", "%6v", "%-6v|", "%06d"} {
		show(f, fmt.Sprintf(f, p))
		show(f, fmt.Sprintf(f, pp))
		show(f, fmt.Sprintf(f, xs))
		show(f, fmt.Sprintf(f, arr))
		show(f, fmt.Sprintf(f, bs))
		show(f, fmt.Sprintf(f, ba))
		show(f, fmt.Sprintf(f, m))
		show(f, fmt.Sprintf(f, nested))
		show(f, fmt.Sprintf(f, c))
		show(f, fmt.Sprintf(f, names))
		show(f, fmt.Sprintf(f, id))
	}
	for _, f := range []string{"%v", "%+v", "%#v", "%T"} {
		show(f, fmt.Sprintf(f, l))
		show(f, fmt.Sprintf(f, nilp))
		show(f, fmt.Sprintf(f, nils))
		show(f, fmt.Sprintf(f, nilm))
		show(f, fmt.Sprintf(f, mb))
		show(f, fmt.Sprintf(f, mf))
		show(f, fmt.Sprintf(f, mp))
	}
	// A pointer below the top level prints as an address: compare its shape only.
	s := fmt.Sprintf("%v", l2)
	show("%v", fmt.Sprint(len(s) > 10, s[:15]))
	show("%p", fmt.Sprint(fmt.Sprintf("%p", nilp), fmt.Sprintf("%p", nils), fmt.Sprintf("%p", nilm)))
	show("%v", fmt.Sprint(p, pp, xs, 1, 2, "s", 3, "t", "u"))
	show("%v", fmt.Sprintln(p, pp, xs, 1, 2, "s", 3, "t", "u"))
	show("%v", fmt.Sprintf("%v|%5.1f|%x", []float64{1.5, 2}, []float64{1.25, -3}, []string{"ab", "c"}))
	show("%v", fmt.Sprintf("%s|%q|%x|% x", [][]byte{[]byte("a"), []byte("bc")}, []string{"a\n", "b"}, "", []byte{}))
}
