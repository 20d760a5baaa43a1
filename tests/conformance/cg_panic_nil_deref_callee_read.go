// Reading a field through a nil pointer in a callee: Go's nil dereference panic.
package main

type T struct{ a, b int }

func get(p *T) int { return p.b }

func main() {
	var p *T
	println(get(p))
}
