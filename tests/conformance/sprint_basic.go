// fmt.Sprint, Sprintf and Sprintln: results used as values, in
// expressions, discarded, and empty; Sprint's spacing is Print's (a space
// between operands when neither is a string), Sprintln's is Println's.
package main

import "fmt"

type P struct{ X, Y int }

func twice(s string) string { return s + s }

func main() {
	x := 5
	s := fmt.Sprintf("%d and %v|%5.2f|%q", x, "hi", 3.14159, "q")
	t := fmt.Sprint(x, 3, "a", "b", 4, P{1, 2}, &P{3, 4})
	u := fmt.Sprintln("a", 1, 2.5)
	e := fmt.Sprint()
	fmt.Println(s, t, u, len(e), e == "")
	fmt.Println(fmt.Sprint("x") + fmt.Sprintf("%03d", 7))
	fmt.Sprint(1)
	var n int
	n = len(fmt.Sprintf("%v", []int{1, 2, 3}))
	fmt.Println(n)
	fmt.Println(twice(fmt.Sprint(x)), fmt.Sprintf("%s|%s", fmt.Sprint(1, 2), fmt.Sprintln(3)))
	for i := 0; i < 3; i++ {
		x = x*10 + i
		s = fmt.Sprintf("%s[%d]", s[:3], x)
	}
	fmt.Println(s, fmt.Sprintf("%d", x) == fmt.Sprint(x))
	xs := []string{}
	for i := 0; i < 4; i++ {
		xs = append(xs, fmt.Sprintf("item-%02d", i))
	}
	fmt.Printf("%q %d\n", xs, len(fmt.Sprintln(xs)))
	if fmt.Sprint(true) == "true" && fmt.Sprintf("%t", false) == "false" {
		fmt.Println("bools ok")
	}
	m := map[string]string{fmt.Sprint(1): fmt.Sprint(2)}
	fmt.Println(m, fmt.Sprint(fmt.Sprint(fmt.Sprint("nested"))))
}
