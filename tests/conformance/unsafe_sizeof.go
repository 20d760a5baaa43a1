// unsafe.Sizeof, Alignof and Offsetof on linux/amd64: padding inside and
// at the end of structs (field order matters), nested structs, arrays,
// strings (pointer+length), slices (pointer+length+capacity), maps, pointers
// and the empty struct.
package main

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Mixed struct {
	x int8
	y int16
	z int32
	w int8
}

type Outer struct {
	flag  bool
	inner Padded
	tail  int16
	name  string
	list  []int
	arr   [3]int16
	ptr   *int
}

type Empty struct{}

func main() {
	var p Padded
	var q Packed
	fmt.Println("Padded", unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.a), unsafe.Offsetof(p.b), unsafe.Offsetof(p.c))
	fmt.Println("Packed", unsafe.Sizeof(q), unsafe.Alignof(q), unsafe.Offsetof(q.b), unsafe.Offsetof(q.a), unsafe.Offsetof(q.c))

	var m Mixed
	fmt.Println("Mixed", unsafe.Sizeof(m), unsafe.Alignof(m), unsafe.Offsetof(m.y), unsafe.Offsetof(m.z), unsafe.Offsetof(m.w))

	var o Outer
	fmt.Println("Outer", unsafe.Sizeof(o), unsafe.Alignof(o))
	fmt.Println("offsets", unsafe.Offsetof(o.flag), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.tail),
		unsafe.Offsetof(o.name), unsafe.Offsetof(o.list), unsafe.Offsetof(o.arr), unsafe.Offsetof(o.ptr))
	fmt.Println("inner.c", unsafe.Offsetof(o.inner.c))

	var e Empty
	var es [10]Empty
	fmt.Println("empty", unsafe.Sizeof(e), unsafe.Sizeof(es), unsafe.Alignof(e))

	var b bool
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var i int
	var u uintptr
	var r rune
	fmt.Println("scalars", unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32),
		unsafe.Sizeof(i64), unsafe.Sizeof(i), unsafe.Sizeof(u), unsafe.Sizeof(r))
	fmt.Println("aligns", unsafe.Alignof(b), unsafe.Alignof(i16), unsafe.Alignof(i32), unsafe.Alignof(i64))

	var s string
	var sl []Padded
	var mp map[string]int
	var ptr *Padded
	fmt.Println("headers", unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(mp), unsafe.Sizeof(ptr))
	fmt.Println("contents ignored", unsafe.Sizeof("a much longer string"), unsafe.Sizeof([]int{1, 2, 3}))

	var a1 [5]Padded
	var a2 [3][4]int32
	var a3 [7]byte
	fmt.Println("arrays", unsafe.Sizeof(a1), unsafe.Sizeof(a2), unsafe.Sizeof(a3), unsafe.Alignof(a3), unsafe.Alignof(a1))

	const size = unsafe.Sizeof(Padded{})
	var buf [size]byte
	fmt.Println("constant", size, len(buf))
	fmt.Printf("%T %T\n", unsafe.Sizeof(p), size)
}
