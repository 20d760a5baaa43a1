// A panic inside a method: the traceback names it as Go does
// (main.P.At for a value receiver).
package main

type P struct{ v []int }

func (p P) At(i int) int { return p.v[i] }

type Q struct{ p *P }

func (q *Q) Get(i int) int { return q.p.At(i) }

func main() {
	q := &Q{&P{[]int{1, 2}}}
	println(q.Get(1))
	println(q.Get(5))
}
