// Package-level blank variables: `var _ = f()` has no variable but its
// initializer still runs, in dependency order with the other package-level
// variables, before init and main; composite globals that point at other
// globals (&b, &table[0]) see the same variables main sees.
package main

import "fmt"

type P struct{ X, Y int }

var pa = &b
var b = 3
var table = [...]P{{1, 2}, {3, 4}}
var lookup = map[string]*P{"first": &table[0]}
var counts = map[string]int{}
var _ = register("blank one")
var _, second = register("blank two"), register("second")
var ptrs = []*int{&b, pa}

func register(s string) int {
	counts[s]++
	fmt.Println("register", s, len(counts))
	return len(counts)
}

func init() {
	fmt.Println("init sees", len(counts), second)
}

func main() {
	*pa = 4
	fmt.Println(b, *ptrs[0], *ptrs[1], ptrs[0] == ptrs[1])
	lookup["first"].X = 100
	fmt.Println(table, counts)
}
