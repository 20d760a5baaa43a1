// (issue 6) strings.Builder methods promoted through embedded fields, by
// value and by pointer, on locals, pointers and heap objects.
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

func write(d *doc) {
	d.WriteString("ptr ")
}

func main() {
	var d doc
	d.WriteString("hello ")
	d.WriteByte('w')
	write(&d)
	fmt.Println(d.String(), d.Len(), d.n)
	p := pdoc{&strings.Builder{}}
	p.WriteRune('é')
	fmt.Println(p.String(), p.Len())
	h := &doc{}
	h.WriteString("heap")
	sink = h
	fmt.Println(sink.String())
}
