// Function types, values, literals and variadic signatures (issue 6,
// func): the checks go/types makes, with gc's messages and positions.
//
// Checked against go 1.19. (Its messages spell a signature with the
// parameter names of the function at hand, func(a int, b int) int; govm's
// types carry none, func(int, int) int, so no case here prints one.)

package main

func add(a, b int) int { return a + b }

func sum(xs ...int) int { return len(xs) }

func early(xs ...int, y int) {} // ERROR "can only use ... with final parameter in list"

func res() (xs ...int) { return nil } // ERROR "can only use ... with final parameter in list" "cannot use nil as int value in return statement"

func main() {
	f := add
	g := add
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
	_ = f == nil
	k := func() int {
	} // ERROR "missing return"
	_ = k
	_ = sum(1, []int{2}...) // ERROR "too many arguments in call to sum\n\thave \(number, \[\]int\)\n\twant \(...int\)"
	_ = add([]int{1, 2}...) // ERROR "cannot use ... in call to non-variadic add"
	_ = f(1)                // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, int\)"
	_ = sum("x")            // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to sum"
}
