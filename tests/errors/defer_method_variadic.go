// go statements passing a variadic method extra arguments, which govm
// does not compile yet: gc packs them in a slice literal inside its
// wrapper, on the new goroutine's stack (issue 6, methods). Deferred
// variadic calls, go l.Add(xs...) and go l.Add() compile:
// tests/conformance/method_variadic.go, method_defer_go_shapes.go.
package main

type Log struct{ lines []string }

func (l *Log) Add(parts ...string) { l.lines = append(l.lines, parts...) }

func main() {
	var l Log
	defer l.Add("a", "b")
	go l.Add()
	go l.Add([]string{"x"}...)
	go l.Add("c") // ERROR "govm does not support go statements passing a variadic method extra arguments yet"
}
