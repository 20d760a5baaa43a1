// An unused import of package runtime (issue 4), plain and renamed.
//
// go 1.19 says `imported and not used: "runtime"`; today's Go (and govm) say
// `"runtime" imported and not used`.

package main

import (
	"runtime"    // ERROR ".runtime. imported and not used$"
	rt "runtime" // ERROR ".runtime. imported as rt and not used"
)

func main() {
}
