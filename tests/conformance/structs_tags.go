// Struct tags are part of a struct type: %T prints them (quoted, as Go
// source would), and converting between struct types that differ only in
// tags is allowed; the values print the same with %v and %+v.
package main

import "fmt"

type Tagged struct {
	ID   int    `json:"id"`
	Name string "plain string tag"
	Skip bool
}

type Plain struct {
	ID   int
	Name string
	Skip bool
}

func main() {
	t := Tagged{1, "one", true}
	p := Plain(t)
	back := Tagged(p)
	fmt.Printf("%T\n%T\n", t, p)
	fmt.Printf("%v %+v\n", t, p)
	fmt.Println(back == t)
	anon := struct {
		X int `k:"v" other:"w"`
		Y []string
	}{X: 2}
	fmt.Printf("%T\n%+v\n", anon, anon)
	list := []struct {
		N int "n"
	}{{1}, {2}}
	fmt.Printf("%T %v\n", list, list)
	m := map[string]struct {
		A, B int `ab:""`
	}{"k": {1, 2}}
	fmt.Printf("%T %v\n", m, m)
}
