// A package used only inside a method body (diff3 B13). Methods are
// refused, but the refused body still counts as a use of what it names:
// the only error is the refusal, not `"fmt" imported and not used` (gc
// builds this file). An import used nowhere is still reported.
package main

import (
	"fmt"
	u "unsafe" // ERROR ".unsafe. imported as u and not used"
)

type T struct{ n int }

func (t T) M() { fmt.Println("m", t.n) } // fine since issue 6: the body uses fmt

func main() {
}
