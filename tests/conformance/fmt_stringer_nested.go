// String methods that call fmt themselves, recursively: each level is a
// fmt call inside a String method inside a fmt call, deep enough for the
// goroutine's stack to grow while the outer calls wait for their methods.
// Map keys with String methods print through them but sort by value.
package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", l.Val, l.Next)
}

type Tree struct {
	Left, Right *Tree
	Label       string
}

func (t Tree) String() string {
	s := t.Label
	if t.Left != nil {
		s = fmt.Sprint("(", *t.Left, " ", s)
	}
	if t.Right != nil {
		s = fmt.Sprint(s, " ", *t.Right, ")")
	}
	return s
}

type Key int

func (k Key) String() string { return fmt.Sprintf("k%02d", 100-int(k)) }

func build(n int) *List {
	var l *List
	for i := n; i > 0; i-- {
		l = &List{i, l}
	}
	return l
}

func main() {
	fmt.Println(build(5))
	long := fmt.Sprint(build(200))
	fmt.Println(len(long), long[:30], long[len(long)-20:])
	var empty *List
	fmt.Println(empty, []*List{build(2), nil})
	t := Tree{&Tree{nil, nil, "a"}, &Tree{&Tree{nil, nil, "c"}, nil, "d"}, "b"}
	fmt.Println(t)
	fmt.Printf("%v|%s|%10.4v|\n", t, &t, *t.Left)
	m := map[Key]string{3: "three", 1: "one", 2: "two"}
	fmt.Println(m)
	fmt.Printf("%v %d\n", []Key{5, 6}, []Key{5, 6})
}
