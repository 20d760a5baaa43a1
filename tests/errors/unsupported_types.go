// Valid Go outside govm's first subset: types. Each is refused by name at
// its position, and nothing else is reported about it.
//
// go 1.19 builds this file without errors.

package main

import "fmt"

type Celsius int // ERROR "govm does not support type declarations yet"

var p *int           // ERROR "govm does not support pointers yet"
var sl []int         // ERROR "govm does not support slices yet"
var arr [3]int       // ERROR "govm does not support arrays yet"
var m map[string]int // ERROR "govm does not support maps yet"
var st struct{ a int } // ERROR "govm does not support struct types yet"
var ch chan int      // ERROR "govm does not support channels yet"
var f float64        // ERROR "govm does not support float64 yet"
var e error          // ERROR "govm does not support the error type yet"

func main() {
	fmt.Println(p, sl, arr, m, st, ch, f, e)
}
