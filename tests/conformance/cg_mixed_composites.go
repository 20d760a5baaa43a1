// Embedded structs, pointers to fields, slices (append growth, 3-index slicing, copy), []byte and []rune conversions, new.
package main

import "fmt"

type Inner struct {
	A int8
	B int64
}

type Outer struct {
	Name string
	Inner
	P *Inner
	Arr [2]int32
}

func mk(n int) *Outer {
	o := &Outer{Name: "x", Arr: [2]int32{int32(n), 2}}
	o.A = 3
	o.B = int64(n) * 2
	return o
}

func swap(a []int, i, j int) {
	a[i], a[j] = a[j], a[i]
}

func main() {
	o := mk(5)
	fmt.Println(o.Name, o.A, o.B, o.Arr[0], o.Arr[1], o.P == nil)
	o.P = &o.Inner
	o.P.B = 42
	fmt.Println(o.B, o.Inner.B)
	s := []int{1, 2, 3}
	swap(s, 0, 2)
	fmt.Println(s[0], s[1], s[2], len(s), cap(s))
	s = append(s, 4)
	fmt.Println(len(s), cap(s), s[3])
	var t []int
	for i := 0; i < 10; i++ {
		t = append(t, i)
		fmt.Println(len(t), cap(t))
	}
	u := t[2:5]
	fmt.Println(len(u), cap(u), u[0])
	w := t[2:5:6]
	fmt.Println(len(w), cap(w))
	sum := 0
	for i, v := range t {
		sum += i * v
	}
	fmt.Println(sum)
	n := copy(t, []int{9, 9})
	fmt.Println(n, t[0], t[1], t[2])
	b := []byte("hello")
	b[0] = 'j'
	fmt.Println(string(b), len(b))
	r := []rune("héllo")
	fmt.Println(len(r), string(r))
	fmt.Println(string(rune(65)))
	x := new(int)
	*x = 3
	*x += 4
	fmt.Println(*x)
}
