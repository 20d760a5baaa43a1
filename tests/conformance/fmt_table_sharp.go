// fmt's Go-syntax forms (%#v) and other corners through fmt.Sprintf and
// fmt.Sprint: named types, embedded fields, nested pointers, complex
// numbers (not yet: complex), Sprint's spacing between operands.
package main

import "fmt"

type Inner struct {
	N  int
	S  string
	Bs []byte
}

type Base struct{ ID int }

type Outer struct {
	Base
	In    Inner
	P     *Inner
	M     map[string][]int
	F     float64
	Arr   [2]bool
	E     struct{}
	U8    uint8
	R     rune
}

type Temp float32
type Flag bool
type Word string
type Grid [2][2]int

func main() {
	o := Outer{Base: Base{7}, In: Inner{1, "a\tb", []byte("xy")}, P: &Inner{N: 2}, M: map[string][]int{"k": {1}, "a": nil},
		F: 2.0, U8: 200, R: 'x'}
	for _, f := range []string{"%v", "%+v", "%#v"} {
		s := fmt.Sprintf(f, o)
		// o.P prints as an address inside a struct: cut it out.
		fmt.Println(len(s) > 0, s[:30])
	}
	fmt.Println(fmt.Sprintf("%#v|%#v|%#v|%#v", Temp(1.5), Flag(true), Word("w"), Grid{{1, 2}, {3, 4}}))
	fmt.Println(fmt.Sprintf("%#v|%#v|%#v|%#v|%#v", 1.0, 1e21, float32(2.5), "q\"", []string(nil)))
	fmt.Println(fmt.Sprintf("%#v|%#v|%#v|%#v", map[string]int(nil), []int{}, [0]int{}, struct{ A, b int }{1, 2}))
	fmt.Println(fmt.Sprintf("%#v|%#v|%#v|%#v", uint8(3), int64(-4), uintptr(5), 'r'))
	fmt.Println(fmt.Sprintf("%x|%X|%#x|%o|%b", -255, int8(-1), -1, -8, -5))
	fmt.Println(fmt.Sprintf("%08.3d|%-010d|%+010d|% 010d|%#010x", 42, 42, 42, 42, 42))
	fmt.Println(fmt.Sprintf("%.0f|%.0f|%.0f|%.1f|%.3g|%#g|%#.3x", 0.5, 1.5, 2.5, 0.05, 1234567.0, 1.0, 1.0))
	fmt.Println(fmt.Sprintf("%6.2v|%-8v|%08v|%+v", 3.14159, 2.5, -1.5, 1.0))
	fmt.Println(fmt.Sprintf("%5q|%-5c|%05s|%.1q|%x", 'a', 'b', "s", "日本", "日本"))
	fmt.Println(fmt.Sprintf("%3v|%-4v|%04v", []int{1, 22}, [2]string{"a", "b"}, map[int]int{1: 2}))
	fmt.Println(fmt.Sprintf("%v %v", struct{}{}, [0]int{}))
	fmt.Println(fmt.Sprint(1, 2, "a", 3, "b", "c", 4.5, true, false, 'x', []int{1}, "d"))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, Word("w"), Word("v"), 3))
	fmt.Println(fmt.Sprintln("a", "b", 1, Word("w")) + "|")
	fmt.Println(fmt.Sprint(), fmt.Sprintln() == "\n", fmt.Sprintf("") == "")
	var ip *int
	var pp **Inner
	fmt.Println(fmt.Sprintf("%v %v %d %x %s", ip, pp, ip, pp, ip))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T|%T", o, &o, o.M, o.Arr, Grid{}))
	fmt.Println(fmt.Sprintf("%T|%T", o.E, map[Word][]*Inner{}))
	fmt.Println(fmt.Sprintf("%10.3v|%-10.2v|", "abcdef", []string{"abc", "de"}))
	fmt.Println(fmt.Sprintf("%v", [][]string{{"a"}, {}, nil, {"b", "c"}}))
}
