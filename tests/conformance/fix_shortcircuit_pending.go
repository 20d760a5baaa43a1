// A call's result still pending when a later && / || operand holds a call
// must survive the path on which that operand is skipped (diff3 B7).
package main

import "fmt"

func id(i int) int { return i }

func c(b bool) int {
	if b {
		return 1
	}
	return 0
}

func take(a int, b bool) int {
	if b {
		return a + 100
	}
	return a
}

type P struct{ a, f [3]int }

func main() {
	for _, b := range []bool{false, true} {
		x := id(2) + c(b && id(0) == 0)
		y := id(3) + c(!b || id(0) == 1)
		fmt.Println(x, y)

		a := []bool{false, true, false}
		a[id(2)] = b && a[id(1)]
		a[id(0)] = !b || a[id(2)]
		fmt.Println(a)

		fmt.Println(take(id(2), b && id(0) == 0))
		fmt.Println([2]int{id(2), c(b && id(0) == 0)}, []int{id(4), c(b || id(7) == 0)})

		s := []int{5, 6, 7}
		fmt.Println(s[id(2)] + c(b && id(0) == 0))

		p := &P{}
		p.a[1] = id(2) + c(b && id(0) == 0)
		p.f[id(1)] = id(9) + c(b && id(1) == 1 && id(2) == 2)
		fmt.Println(*p)

		m := map[int]bool{}
		m[id(1)] = b && id(0) == 0
		m[id(5)] = b || (id(1) == 1 && id(2) == 3)
		fmt.Println(m)

		if id(4) == 4 && (b || id(3) == 3) {
			fmt.Println("cond", id(8)+c(b && id(1) == 1))
		}
	}
}
