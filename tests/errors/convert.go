// Conversions and assignability between named and unnamed types, bytes,
// runes and strings (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions, except "as T value in", today's wording (1.19: "as type
// T in").

package main

type Celsius int
type Far int
type Bytes []byte
type Point struct{ X, Y int }
type Pair struct{ X, Y int }

const boil Celsius = 100

func main() {
	var c Celsius = 5
	var f Far
	var b Bytes = []byte("x") // fine: unnamed to named
	var i int
	var s string
	var pt Point = Point(Pair{}) // fine: identical underlying types
	_, _ = string(b), []rune(s)
	_ = string(rune(i)) + string(i) // fine for gc (vet warns)
	_ = c + f                       // ERROR "invalid operation: c \+ f \(mismatched types Celsius and Far\)"
	c = f                           // ERROR "cannot use f \(variable of type Far\) as Celsius value in assignment"
	var _ Celsius = i               // ERROR "cannot use i \(variable of type int\) as Celsius value in variable declaration"
	var _ []int = b                 // ERROR "cannot use b \(variable of type Bytes\) as \[\]int value in variable declaration"
	_ = int(s)                      // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(pt)                  // ERROR "cannot convert pt \(variable of type Point\) to type string"
	_ = []int(s)                    // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_, _ = c, pt
	_ = boil
}
