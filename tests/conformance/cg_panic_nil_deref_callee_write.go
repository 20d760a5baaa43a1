// Writing a field through a nil pointer in a callee: Go's nil dereference panic.
package main

type T struct{ a, b int }

func set(p *T) { p.b = 5 }

func main() {
	var p *T
	set(p)
}
