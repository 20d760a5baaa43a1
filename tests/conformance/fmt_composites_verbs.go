// fmt verbs applied to composite values: widths and flags apply to every
// element; %q, %x, %d and %s on structs, slices of bytes and runes and
// byte arrays; %!verb errors inside structs; nil pointers with each verb;
// map keys of struct, array, bool, int8 and string type printed sorted.
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

type Q struct {
	P  *P
	M  map[string]P
	L  []*int
	A  [2]bool
	B  []byte
	R  []rune
	E  struct{}
	N  []P
	NM map[int][]string
}

func main() {
	p := P{1, 2, "s"}
	fmt.Printf("[%6v] [%-8v] [%+v] [%q] [%x] [%d] [%s]\n", p, p, p, p, p, p, p)
	fmt.Printf("[%t] [%c] [%X]\n", []bool{true}, []rune("héy"), []int{255, -255})
	fmt.Printf("%q %v %d %c\n", []rune("ab"), []rune("ab"), 'x', 'x')
	q := Q{M: map[string]P{"k": p}, B: []byte("b"), R: []rune("r"), N: []P{p}, NM: map[int][]string{2: {"x"}, 1: nil}}
	fmt.Printf("%v\n%+v\n", q, q)
	fmt.Println(q.A, q.E, q.L, q.P)
	fmt.Printf("%s|%q|%x|%X\n", q.B, q.B, q.B, "Hi")
	fmt.Printf("%d|%v|%s\n", q.B, q.R, []string{"a"})
	fmt.Printf("%v %v\n", &q.N, &q.A)
	fmt.Printf("%t %v\n", q.A, [0]int{})
	fmt.Printf("%d %s\n", p, []int{1})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A struct{} }{})
	fmt.Printf("%3c|%-4q|%#v\n", []rune("ab"), []string{"x"}, 5)
	fmt.Println(map[string]bool{}, map[string][]int{"a": {}}, [][]int{nil, {}})
	fmt.Print(p, q.A, "\n")
	fmt.Print("a", 1, 2, "b", p, p, "\n")
	var np *P
	fmt.Printf("%v %+v %s %d\n", np, np, np, np)
	fmt.Println(map[P]int{{1, 2, "a"}: 1, {1, 1, "b"}: 2, {0, 9, "c"}: 3})
	fmt.Println(map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2})
	fmt.Println(map[bool]int{true: 1, false: 2}, map[int8]int{-1: 1, 1: 2, -128: 3})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5})
}
