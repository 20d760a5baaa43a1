// Variables declared and never used, and labels defined and never used.
//
// Checked against go 1.19: same positions. govm uses today's wording
// "declared and not used: x" (Go 1.20+); 1.19 says "x declared but not used".
// An assignment is not a use; x++ and x += 1 are (they read x).

package main

func main() {
	a := 1 // ERROR "declared and not used: a"
	a = 2
	var b int // ERROR "declared and not used: b"
	c, d := 1, 2 // ERROR "declared and not used: c"
	_ = d
	if e := 1; true { // ERROR "declared and not used: e"
	}
	for i := 0; ; { // ERROR "declared and not used: i"
		break
	}
	switch f := 2; { // ERROR "declared and not used: f"
	}
	for k, v := range "go" { // ERROR "declared and not used: k" "declared and not used: v"
	}
	g := 1
	g++
	h := 1
	h += 1
	var _ = 3
L: // ERROR "label L defined and not used"
	for {
		return
	}
}
