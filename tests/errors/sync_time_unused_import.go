// Unused imports of packages sync and time (issue 5), plain and renamed.
//
// go 1.19 says `imported and not used: "sync"`; today's Go (and govm) say
// `"sync" imported and not used`.

package main

import (
	"sync"    // ERROR ".sync. imported and not used$"
	tm "time" // ERROR ".time. imported as tm and not used$"
)

func main() {}
