// Runtime errors are values of Go's runtime types once recovered: %T names
// them, they are errors and runtime.Errors, and Error() gives the message
// (issue 6).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type shape interface{ Area() int }

type sq struct{ n int }

func (s sq) Area() int { return s.n * s.n }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T\n", name, r)
		err, ok := r.(error)
		fmt.Println("  error:", ok, err)
		if ok {
			fmt.Println("  Error():", err.Error())
		}
		re, ok := r.(runtime.Error)
		fmt.Println("  runtime.Error:", ok)
		if ok {
			fmt.Printf("  %v|%s|%q\n", re, re, re.Error())
		}
		fmt.Println("  print:", r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *sq
	var e any = "text"
	var nilShape shape
	var ch = make(chan int)
	close(ch)
	n, zero := 10, 0
	arr := [3]int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { _ = arr[i-10] })
	try("slice", func() { _ = s[1:i] })
	try("slice3", func() { _ = arr[0:2:i] })
	try("string slice", func() { _ = "abc"[i:] })
	try("divide", func() { fmt.Println(n / zero) })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { fmt.Println(p.n) })
	try("assert", func() { fmt.Println(e.(int)) })
	try("assert iface", func() { fmt.Println(e.(shape)) })
	try("nil iface call", func() { fmt.Println(nilShape.(sq)) })
	try("closed chan", func() { ch <- 1 })
	try("close closed", func() { close(ch) })
	try("custom", func() { panic(errors.New("mine")) })
	try("string", func() { panic("just a string") })
}
