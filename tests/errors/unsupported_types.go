// Valid Go outside govm's subset: types. Each is refused by name at its
// position, and nothing else is reported about it. (Type declarations,
// pointers, arrays, slices, maps and structs are in the subset since issue 3,
// channels since issue 5.)
//
// go 1.19 builds this file without errors.

package main

import (
	"fmt"
	"unsafe"
)

type Celsius int

var p *int
var sl []int
var arr [3]int
var m map[string]int
var st struct{ a int }
var up unsafe.Pointer // ERROR "govm does not support unsafe.Pointer yet"
var ch chan int
var f float64        // fine since issue 6
var e error          // fine since issue 6

func main() {
	fmt.Println(p, sl, arr, m, st, ch, f, e, up)
}
