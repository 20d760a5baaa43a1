// Names that do not resolve, and names used where they cannot be.
//
// Checked against go 1.19 (go build): same lines and columns. Where today's
// Go (1.22+, types2 without CompilerErrorMessages) words a message
// differently from 1.19, govm uses today's wording:
//   - "cannot use _ as value" (1.19: "cannot use _ as value or type");
//   - "undefined: fmt.println (but have Println)" (1.19 stops at the name).

package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x, y) // ERROR "undefined: y"
	_ = _             // ERROR "cannot use _ as value$"
	fmt.Foo()         // ERROR "undefined: fmt.Foo$"
	fmt.println()     // ERROR "undefined: fmt.println \(but have Println\)"
	_ = fmt           // ERROR "use of package fmt not in selector"
	_ = iota          // ERROR "cannot use iota outside constant declaration"
	z := missing()    // ERROR "undefined: missing"
	init()            // ERROR "undefined: init"
}

func init() {}
