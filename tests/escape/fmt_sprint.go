// errorcheck -m
// (issue 6, fmt) fmt.Sprint, Sprintf and Sprintln take ...any as Println
// does: each argument is converted to an interface ("x escapes to heap")
// and the variadic slice stays in the frame ("... argument does not
// escape"); the result string is allocated inside fmt, about which gc's -m
// says nothing. A Sprint call inside an expression is printed as gc's
// escape pass rewrote it: fmt.Sprint(... argument...).
package main

import "fmt"

type Pair struct{ A, B int }

var sink string

func label(n int) string {
	return fmt.Sprintf("n=%d", n) // ERROR "\.\.\. argument does not escape" "n escapes to heap"
}

func main() {
	x, y := 1, 2
	s := fmt.Sprintf("%d and %d", x, y) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "y escapes to heap"
	t := fmt.Sprint(x, "mid", y) // ERROR "\.\.\. argument does not escape" "x escapes to heap" ".mid. escapes to heap" "y escapes to heap"
	u := fmt.Sprintln(s, t) // ERROR "\.\.\. argument does not escape" "s escapes to heap" "t escapes to heap"
	p := Pair{3, 4}
	sink = fmt.Sprint(p, p.A) // ERROR "\.\.\. argument does not escape" "p escapes to heap" "p\.A escapes to heap"
	z := Pair{7, 8} // ERROR "moved to heap: z"
	sink = fmt.Sprint(&z) // ERROR "\.\.\. argument does not escape"
	xs := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	sink = fmt.Sprintf("%v %d", xs, len(xs)) // ERROR "\.\.\. argument does not escape" "xs escapes to heap" "len\(xs\) escapes to heap"
	sink = fmt.Sprint(fmt.Sprint(x) + fmt.Sprintf("%d", y)) // ERROR "\.\.\. argument does not escape" "fmt\.Sprint\(\.\.\. argument\.\.\.\) \+ fmt\.Sprintf\(.%d., \.\.\. argument\.\.\.\) escapes to heap" "x escapes to heap" "y escapes to heap"
	sink = fmt.Sprint()
	sink = fmt.Sprintf("plain")
	fmt.Println(u, label(5)) // ERROR "\.\.\. argument does not escape" "u escapes to heap" "label\(5\) escapes to heap"
}
