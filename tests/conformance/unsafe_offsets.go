// unsafe.Offsetof through nested and embedded fields, Sizeof of
// expressions (never evaluated), of arrays of padded structs and of
// structs ending in a zero-size field (Go pads those so that a pointer to
// the field cannot point past the object), and Alignof of fields.
package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Kind  uint8
	Flags uint16
	Len   uint32
}

type Packet struct {
	Header
	ID      uint64
	Payload [5]byte
	Ok      bool
}

type Tail struct {
	N   int32
	End struct{}
}

type Head struct {
	Start struct{}
	N     int32
}

var calls int

func sideEffect() int {
	calls++
	return calls
}

func main() {
	var p Packet
	fmt.Println(unsafe.Sizeof(p.Header), unsafe.Alignof(p.Header))
	fmt.Println(unsafe.Offsetof(p.Kind), unsafe.Offsetof(p.Flags), unsafe.Offsetof(p.Len))
	fmt.Println(unsafe.Offsetof(p.Header), unsafe.Offsetof(p.ID), unsafe.Offsetof(p.Payload), unsafe.Offsetof(p.Ok))
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Alignof(p.Payload), unsafe.Alignof(p.Flags))

	fmt.Println(unsafe.Sizeof(Tail{}), unsafe.Offsetof(Tail{}.End), unsafe.Sizeof(Head{}))

	var arr [3]Packet
	fmt.Println(unsafe.Sizeof(arr), unsafe.Sizeof(arr[0].Payload[1:]))

	fmt.Println(unsafe.Sizeof(sideEffect()), calls)
	fmt.Println(unsafe.Sizeof(p.ID+1), unsafe.Sizeof(p.Kind+1), unsafe.Sizeof(1<<40))

	var x struct {
		a byte
		b [0]int64
		c byte
	}
	fmt.Println(unsafe.Sizeof(x), unsafe.Offsetof(x.b), unsafe.Offsetof(x.c), unsafe.Alignof(x))

	var refs struct {
		p *Packet
		m map[int]int
		s []string
		t string
	}
	fmt.Println(unsafe.Sizeof(refs), unsafe.Offsetof(refs.s), unsafe.Offsetof(refs.t))
	var bs struct {
		b1  bool
		i16 int16
		b2  bool
		i64 int64
		b3  bool
	}
	fmt.Println(unsafe.Sizeof(bs), unsafe.Offsetof(bs.i16), unsafe.Offsetof(bs.b2), unsafe.Offsetof(bs.i64), unsafe.Offsetof(bs.b3))
}
