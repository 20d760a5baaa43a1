// print and println of an array or a struct (diff3 B8): invalid Go, but
// gc finds it only when it compiles the call (walk), after type checking:
// "illegal types for operand: print" at the call's '(', the type on a
// second line in gc's spelling; only when there is no type error, and not
// in code gc's deadcode pass drops first (the untaken branch of an `if` on
// a constant, statements after such an `if` that returns).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.
package main

type E struct{ a int }

type T struct {
	E
	b int
}

func g() {
	var b [2]byte
	println(b) // ERROR "illegal types for operand: print\n\t\[2\]byte$"
}

func main() {
	var a [3]int
	var t T
	var s struct{ x, y int }
	println(a)       // ERROR "illegal types for operand: print\n\t\[3\]int$"
	print(t, 1)      // ERROR "illegal types for operand: print\n\tT$"
	println(1, s, a) // ERROR "illegal types for operand: print\n\tstruct { x int; y int }$" "illegal types for operand: print\n\t\[3\]int$"
	println(         // ERROR "illegal types for operand: print\n\t\[1\]\*T$"
		[1]*T{})
	var u struct {
		E
		s string `json:"s"`
	}
	x := 1; println(x, u) // ERROR "illegal types for operand: print\n\tstruct { E; s string .json:..s... }$"
	println(a[0], t.a, &t, []int{}, map[int]T{}, "ok")
	if true {
		println(1)
	} else {
		println(t)
	}
	if 1 > 2 || false {
		println(t)
	} else if true {
		print(t.E, [0]E{}) // ERROR "illegal types for operand: print\n\tE$" "illegal types for operand: print\n\t\[0\]E$"
	}
	if true {
		return
	}
	println(t)
}
