// Map literals insert the entries whose key and value are both static
// (constants, nil, array and struct literals of them) first, then the
// others in source order, as gc's maplit does: visible only when a
// computed key repeats a constant one (diff3 B15).
package main

import "fmt"

type K struct {
	a int
	b [2]string
}

func id(k K) K { return k }

func main() {
	m := map[K]string{id(K{}): "first", K{a: 0}: "second"}
	fmt.Println(m)
	n := map[K]string{K{a: 0}: "first", id(K{}): "second"}
	fmt.Println(n)
	x := 1
	o := map[int]string{x: "first", 1: "second", 2: "two"}
	fmt.Println(o)
	p := map[int]string{1: "first", x: "second"}
	fmt.Println(p)
	v := "dyn"
	q := map[int]string{1: v, x: "const", 3: "three"}
	fmt.Println(q)
	k := K{1, [2]string{"a", "b"}}
	r := map[K][]int{k: {1}, K{1, [2]string{"a", "b"}}: nil, K{2, [2]string{}}: {2}}
	fmt.Println(len(r), r[k], r[K{a: 2}])
	s := map[K]*int{K{b: [2]string{"z"}}: nil, id(K{b: [2]string{"z"}}): &x}
	fmt.Println(*s[K{b: [2]string{"z", ""}}])
	t := map[[2]int]string{{x, 0}: "dynamic", {1, 0}: "static"}
	fmt.Println(t)
}
