// An import that is never used.
//
// go 1.19 says `imported and not used: "fmt"`; today's Go (and govm) say
// `"fmt" imported and not used`.

package main

import "fmt" // ERROR ".fmt. imported and not used"

func main() {
	x := 1 // ERROR "declared and not used: x"
}
