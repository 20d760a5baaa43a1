// A recovered Stringer, then a new panic of a value type with an Error
// method: both print their methods' strings, the chain oldest first.
package main

import "fmt"

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		panic(Code(7))
	}()
	panic(S("x"))
}
