// Method forms govm refuses by name for now (issue 6): method expressions
// of library types' methods. ((*T).M of a value method and structs that
// satisfy an interface through an embedded interface compile since issue
// 6, methods: tests/conformance/method_expr_forms.go,
// method_embedded_iface.go.)
package main

import "strings"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	defer c.Inc()
	go c.Inc()
	_ = (*Counter).Get
	_ = (*strings.Builder).Len // ERROR "govm does not support method expressions yet"
	_ = Counter.Inc // ERROR "cannot call pointer method Inc on Counter"
}
