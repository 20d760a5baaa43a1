// Go calls of methods govm does not compile yet (issue 6, meth2): go of
// sync's methods (deferred strings.Builder methods compile since issue 6,
// methods: tests/conformance/method_defer_go_shapes.go; variadic methods:
// defer_method_variadic.go). The method calls govm does compile:
// tests/conformance/defer_method_*.go, go_method_*.go.
package main

import (
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	go wg.Wait() // ERROR "govm does not support go statements calling wg\.Wait yet"
	var sb strings.Builder
	defer sb.WriteString("x")
	go sb.Reset() // ERROR "govm does not support go statements calling sb\.Reset yet"
}
