// Maps: keys, index expressions, comma-ok, delete (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions, except "for built-in cap", today's wording (1.19: "for
// cap").

package main

type P struct{ x int }

func main() {
	var s []int
	m := map[string]int{}
	mp := map[string]P{}
	var mm map[[]int]int // ERROR "invalid map key type \[\]int"
	v, ok := m["a"]      // fine
	v, ok = m["b"]
	var v2, ok2 = m["c"]
	m["a"]++
	m["a"] += 2
	_ = &m["a"]         // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	mp["a"].x = 1       // ERROR "cannot assign to struct field mp\[.a.\]\.x in map"
	_ = m[1]            // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	var w, bad = s[0]   // ERROR "assignment mismatch: 2 variables but 1 value"
	delete(s, 1)        // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)        // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = len(m) + cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built\-in cap"
	_, _, _, _, _, _ = v, ok, v2, ok2, mm, w
	_ = bad
}
