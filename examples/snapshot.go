// A snapshot at the end of a run (docs/snapshot.md):
//
//	govm run --snapshot snap.json examples/snapshot.go
package main

import "fmt"

type Point struct{ X, Y int }

var origin = &Point{0, 0}
var last *Point

func move(p *Point, dx int) *Point {
	return &Point{p.X + dx, p.Y}
}

func main() {
	p := origin
	for i := 0; i < 3; i++ {
		p = move(p, 2)
	}
	last = p
	fmt.Println(*last)
}
