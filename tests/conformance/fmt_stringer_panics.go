// A String or Error method that panics: fmt catches the panic (Go's
// catchPanic) and prints %!verb(PANIC=String method: value), or <nil>
// when the receiver is a nil pointer; the program goes on. A panic
// recovered inside the method never reaches fmt.
package main

import "fmt"

type Bad int

func (b Bad) String() string {
	if b > 1 {
		panic("boom")
	}
	return "ok"
}

type Node struct{ Val int }

func (n *Node) String() string { return fmt.Sprint("node ", n.Val) }

type Fails struct{}

func (Fails) Error() string {
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

type Safe int

func (s Safe) String() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered ", r)
		}
	}()
	if s < 0 {
		panic("negative")
	}
	return "safe"
}

func main() {
	fmt.Println(Bad(1), Bad(2), Bad(1))
	fmt.Printf("%s|%q|%d|%x\n", Bad(2), Bad(3), Bad(4), Bad(5))
	var np *Node
	fmt.Println(np, &Node{7})
	fmt.Printf("[%5v] [%s]\n", np, []*Node{{1}, nil})
	s := fmt.Sprint(Bad(9), " then ", Fails{})
	fmt.Println(s)
	fmt.Println(Safe(1), Safe(-1))
	fmt.Println("still running")
}
