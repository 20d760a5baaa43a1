// A panic in a method called through a method value: the -fm wrapper is
// hidden in the traceback, as Go hides it.
package main

type Counter struct{ n []int }

func (c *Counter) At(i int) int { return c.n[i] }

func call(f func(int) int) int { return f(3) }

func main() {
	c := &Counter{[]int{1}}
	at := c.At
	println(at(0))
	println(call(at))
}
