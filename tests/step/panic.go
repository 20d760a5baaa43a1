// Stepping into a panic: the state stays inspectable at the failure.
package main

type point struct{ x, y int }

func at(s []point, i int) int {
	return s[i].x
}

func main() {
	s := make([]point, 3)
	s[1] = point{1, 2}
	q := &point{3, 4}
	println(at(s, 1), q.y)
	println(at(s, 5))
}
