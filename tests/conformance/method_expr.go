// Method expressions (issue 6): T.M and (*T).M as functions taking the
// receiver first, called directly and as func values.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int        { return t.n }
func (t T) Add(k int) int   { return t.n + k }
func (t *T) Inc()           { t.n++ }

func apply(f func(T, int) int, t T) int { return f(t, 10) }

func main() {
	t := T{5}
	fmt.Println(T.Get(t), T.Add(t, 2))
	(*T).Inc(&t)
	fmt.Println(t.n)
	g := T.Get
	fmt.Println(g(t))
	fmt.Println(apply(T.Add, t))
	inc := (*T).Inc
	inc(&t)
	inc(&t)
	fmt.Println(t.n)
}
