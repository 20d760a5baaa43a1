// Method forms govm refuses by name for now (issue 6): (*T).M of a value
// method, a struct that satisfies an interface through an embedded
// interface. (Deferred and go statements calling methods compile since
// issue 6, meth2: tests/conformance/defer_method_*.go, go_method_*.go.)
package main

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s }

type Holder struct{ Shape }

func main() {
	var c Counter
	defer c.Inc()
	go c.Inc()
	_ = (*Counter).Get // ERROR "govm does not support this method expression yet"
	_ = Counter.Inc // ERROR "cannot call pointer method Inc on Counter"
	h := Holder{Sq{2}}
	println(h.Area())
}
