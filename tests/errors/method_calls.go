// Method calls (issue 6): pointer methods on values that are not
// addressable, ambiguous promoted selectors, missing methods.
package main

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type A struct{}
type B struct{}

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
}

func get() Counter { return Counter{} }

func main() {
	Counter{}.Inc() // ERROR "cannot call pointer method Inc on Counter"
	get().Inc()     // ERROR "cannot call pointer method Inc on Counter"
	var m map[int]Counter
	m[1].Inc() // ERROR "cannot call pointer method Inc on Counter"
	var c C
	c.M() // ERROR "ambiguous selector c.M"
	var k Counter
	k.Inc()
	_ = k.Nope // ERROR "k.Nope undefined \(type Counter has no field or method Nope\)"
}
