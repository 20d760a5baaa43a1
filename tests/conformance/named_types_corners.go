// Named types and corner cases: a named slice, map and array type with
// append, ++ and %T; a named non-struct type embedded in a struct; blank
// fields ignored by ==; a type declared inside main; len of an array as a
// constant; range over a nil *array with only the index (no dereference);
// append with nothing to add; new of a slice and of a map; += on a map
// string value; struct{} keys and elements; zero-length arrays; slicing
// through a pointer to an array.
package main

import "fmt"

type IntSlice []int
type Dict map[string]int
type Arr [3]byte
type MyInt int
type Wrap struct {
	MyInt
	B []byte
}
type Blank struct {
	A int
	_ int
	C bool
}

func main() {
	var s IntSlice
	s = append(s, 1, 2)
	fmt.Printf("%T %v %d\n", s, s, len(s))
	d := Dict{"a": 1}
	d["b"]++
	fmt.Printf("%T %v\n", d, d)
	a := Arr{'a', 'b', 'c'}
	fmt.Printf("%T %v %s %x %q\n", a, a, a, a, a)
	w := Wrap{5, []byte("hi")}
	w.MyInt++
	fmt.Printf("%v %+v %s\n", w, w, w)
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, "hey")
	fmt.Printf("%5v|%-3d|%03d\n", []int{1, 2}, []int{3}, [2]int{4, 5})
	b1 := Blank{A: 1, C: true}
	b2 := Blank{A: 1, C: true}
	fmt.Println(b1 == b2, b1)
	type Local struct{ X int }
	fmt.Printf("%T %v\n", Local{3}, Local{3})
	var arr [3]int
	const n = len(arr)
	var buf [n * 2]int
	fmt.Println(len(buf))
	var np *[3]int
	cnt := 0
	for i := range np {
		cnt += i
	}
	fmt.Println(cnt)
	var ns []int
	ns = append(ns)
	fmt.Println(ns == nil)
	ps := new([]int)
	*ps = append(*ps, 4)
	fmt.Println(*ps, len(*ps))
	pm := new(map[string]int)
	fmt.Println(*pm == nil, len(*pm))
	ms := map[string]string{}
	ms["k"] += "x"
	ms["k"] += "y"
	fmt.Println(ms)
	e := map[struct{}]int{}
	e[struct{}{}]++
	e[struct{}{}]++
	fmt.Println(e, len(e))
	z := make([]struct{}, 10)
	fmt.Println(len(z), z)
	var zz [0]int
	fmt.Println(zz, len(zz))
	fmt.Println((&arr)[1:], len((&arr)[:2]))
}
