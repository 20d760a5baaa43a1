// errorcheck -m
// (issue 6) strings.Builder methods promoted through embedded fields: an
// embedded Builder is passed by address (d.Builder stays where d is), an
// embedded *Builder by value (what it points to does not escape either).
package main

import (
	"fmt"
	"strings"
)

type doc struct {
	strings.Builder
	n int
}

type pdoc struct {
	*strings.Builder
}

var sink *doc

func write(d *doc) { // ERROR "leaking param content: d"
	d.WriteString("ptr ")
}

func main() {
	var d doc
	d.WriteString("hello ")
	d.WriteByte('w')
	write(&d)
	fmt.Println(d.String(), d.Len(), d.n) // ERROR "... argument does not escape" "\(\*strings.Builder\).String\(d.Builder\) escapes to heap" "\(\*strings.Builder\).Len\(d.Builder\) escapes to heap" "d.n escapes to heap"
	p := pdoc{&strings.Builder{}}         // ERROR "&strings.Builder{} does not escape"
	p.WriteRune('é')
	fmt.Println(p.String(), p.Len()) // ERROR "... argument does not escape" "\(\*strings.Builder\).String\(p.Builder\) escapes to heap" "\(\*strings.Builder\).Len\(p.Builder\) escapes to heap"
	h := &doc{}                      // ERROR "&doc{} escapes to heap"
	h.WriteString("heap")
	sink = h
	fmt.Println(sink.String()) // ERROR "... argument does not escape" "\(\*strings.Builder\).String\(sink.Builder\) escapes to heap"
}
