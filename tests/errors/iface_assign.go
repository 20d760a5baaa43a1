// Interfaces (issue 6): what satisfies an interface, as gc (Go 1.20+)
// words it, impossible assertions and type switch cases.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

type T struct{}

func (T) Area() int { return 1 }

type U struct{}

func (U) Error() string { return "u" }

func main() {
	var s Shape = Sq{2} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(method Area has pointer receiver\)"
	var t Shape = T{}   // ERROR "cannot use T\{\} \(value of type T\) as Shape value in variable declaration: T does not implement Shape \(wrong type for method Area\)\n\t\thave Area\(\) int\n\t\twant Area\(\) float64"
	var u Shape = 3     // ERROR "cannot use 3 \(constant of type int\) as Shape value in variable declaration: int does not implement Shape \(missing method Area\)"
	var e error = U{}
	var f error = T{} // ERROR "cannot use T\{\} \(value of type T\) as error value in variable declaration: T does not implement error \(missing method Error\)"
	var a any = 5
	var i int = a // ERROR "cannot use a \(variable of type any\) as int value in variable declaration: need type assertion"
	_, _, _, _, _, _ = s, t, u, e, f, i
}
