// errorcheck -m
// fmt.Print* take ...any: each argument is converted to an interface (a
// copy on the heap for values that are not pointer-shaped) and the
// variadic slice itself stays in the frame. A pointer passed to fmt moves
// its variable to the heap; print and println leak nothing.
package main

import "fmt"

type Pair struct{ A, B int }

func main() {
	x, y := 1, 2
	s := "hello"
	fmt.Println(x, y) // ERROR "... argument does not escape" "x escapes to heap" "y escapes to heap"
	fmt.Println("sum", x+y, s) // ERROR "... argument does not escape" ".sum. escapes to heap" "s escapes to heap" "x \+ y escapes to heap"
	fmt.Printf("%d and %d\n", x, y) // ERROR "... argument does not escape" "x escapes to heap" "y escapes to heap"
	fmt.Print(s, "\n") // ERROR "... argument does not escape" "s escapes to heap" ".\\n. escapes to heap"
	p := Pair{3, 4}
	fmt.Println(p, p.A) // ERROR "... argument does not escape" "p escapes to heap" "p.A escapes to heap"
	z := Pair{7, 8} // ERROR "moved to heap: z"
	fmt.Println(&z) // ERROR "... argument does not escape"
	q := &Pair{5, 6} // ERROR "&Pair{...} does not escape"
	fmt.Println(q.B) // ERROR "... argument does not escape" "q.B escapes to heap"
	xs := []int{1, 2} // ERROR "\[\]int{...} escapes to heap"
	fmt.Println(xs, len(xs)) // ERROR "... argument does not escape" "xs escapes to heap" "len\(xs\) escapes to heap"
	m := map[string]int{"k": 1} // ERROR "map\[string\]int{...} escapes to heap"
	fmt.Println(m) // ERROR "... argument does not escape"
	w := 7
	pw := &w
	println(w, *pw, pw != nil, s)
	fmt.Println()
}
