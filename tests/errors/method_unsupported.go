// Method forms govm refuses by name for now (issue 6): deferred and go
// statements calling methods, (*T).M of a value method, a struct that
// satisfies an interface through an embedded interface.
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
	defer c.Inc() // ERROR "govm does not support defer statements calling methods yet"
	go c.Inc()    // ERROR "govm does not support go statements calling methods yet"
	_ = (*Counter).Get // ERROR "govm does not support this method expression yet"
	_ = Counter.Inc // ERROR "cannot call pointer method Inc on Counter"
	h := Holder{Sq{2}}
	println(h.Area())
}
