// Field selectors: promotion through embedded fields and pointers,
// ambiguity, unexported-looking names (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions, except "cannot assign to f().Z", whose explanation is
// today's wording (1.19: "(value of type int)").

package main

type E1 struct{ X, Y int }
type E2 struct{ X int }
type T struct {
	E1
	E2
	Z int
	b bool
}
type P struct{ *E1 }

func f() T { return T{} }

func main() {
	var t T
	var p P
	pp := &p
	ppp := &pp
	_ = t.Y + t.E1.X + p.Y + pp.X // fine
	f().Z = 1                     // ERROR "cannot assign to f\(\)\.Z \(neither addressable nor a map index expression\)"
	_ = t.X                       // ERROR "ambiguous selector t\.X"
	_ = t.z                       // ERROR "t\.z undefined \(type T has no field or method z, but does have Z\)"
	_ = t.B                       // ERROR "t\.B undefined \(type T has no field or method B, but does have b\)"
	_ = ppp.X                     // ERROR "ppp\.X undefined \(type \*\*P has no field or method X\)"
	_ = T.Z                       // ERROR "T\.Z undefined \(type T has no method Z\)"
	_ = t.E3                      // ERROR "t\.E3 undefined \(type T has no field or method E3\)"
	var i int
	_ = i.x // ERROR "i\.x undefined \(type int has no field or method x\)"
}
