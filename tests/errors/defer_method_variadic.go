// Deferred and go calls of variadic methods govm does not compile yet
// (issue 6, meth2). The method calls govm does compile:
// tests/conformance/defer_method_*.go, go_method_*.go.
package main

type Log struct{ lines []string }

func (l *Log) Add(parts ...string) { l.lines = append(l.lines, parts...) }

func main() {
	var l Log
	defer l.Add("a", "b") // ERROR "govm does not support this deferred call yet"
	go l.Add("c")         // ERROR "govm does not support this go statement yet"
}
