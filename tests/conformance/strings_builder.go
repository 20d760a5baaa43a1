// (issue 6) strings.Builder: every method, growth, Reset, a Builder in a
// struct and behind a pointer, and the bytes it shares with its String.
package main

import (
	"fmt"
	"strings"
)

type doc struct {
	title string
	body  strings.Builder
}

func fill(b *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		b.WriteByte(byte('a' + i%26))
	}
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('w')
	b.WriteRune('ö')
	b.WriteRune('世')
	b.WriteRune('😀')
	b.WriteRune(-1)
	b.WriteRune(0x110000)
	b.WriteRune(0xD800)
	fmt.Printf("%q %d\n", b.String(), b.Len())

	s1 := b.String()
	b.WriteString("!")
	fmt.Println(s1, b.String())

	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	fill(&b, 100)
	fmt.Println(b.Len(), b.String()[:30])

	var d doc
	d.title = "T"
	d.body.WriteString("line 1\n")
	d.body.WriteString("line 2\n")
	fmt.Print(d.title, "\n", d.body.String())
	fmt.Println(d.body.Len())

	p := &strings.Builder{}
	for i := 0; i < 5; i++ {
		p.WriteString(strings.Repeat("x", i))
		p.WriteByte('|')
	}
	fmt.Println(p.String(), p.Len())

	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.Len(), sb.String()[1990:])
}
