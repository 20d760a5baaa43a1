// A run-time panic (case 6 of a family of programs differing only in the switch tag): message and exit status as Go's.
package main

import "fmt"

type T struct{ a, b int }

var sink []int

func main() {
	s := make([]int, 3, 5)
	a := [4]int{}
	var p *T
	var m map[string]int
	n := 5
	lo := 4
	hi := 2
	neg := -1
	_, _, _, _, _, _, _, _ = s, a, p, m, n, lo, hi, neg
	fmt.Println("start")
	switch 6 {
	case 1:
		fmt.Println(s[n])
	case 2:
		fmt.Println(s[:n+1])
	case 3:
		fmt.Println(s[lo:hi])
	case 4:
		fmt.Println(s[1:2:n+1])
	case 5:
		fmt.Println(s[:4:3+neg+1])
	case 6:
		fmt.Println(a[:n])
	case 7:
		fmt.Println(p.b)
	case 8:
		m["x"] = 1
	case 9:
		fmt.Println(s[neg])
	case 10:
		fmt.Println(s[lo:])
	case 11:
		fmt.Println(a[n])
	}
}
