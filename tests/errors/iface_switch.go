// Assertions and type switches (issue 6): operands that are not
// interfaces, unused clause variables, duplicate and impossible cases.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

func main() {
	var s Shape = &Sq{1}
	n := 1
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch x := s.(type) { // ERROR "x declared and not used"
	case *Sq:
	}
	switch s.(type) {
	case *Sq, *Sq: // ERROR "duplicate case \*Sq in type switch"
	case Sq: // ERROR "impossible type switch case: Sq\n\ts \(variable of type Shape\) cannot have dynamic type Sq \(method Area has pointer receiver\)"
	}
}
