// Packages sync and time (issue 5), continued: what govm refuses (valid
// Go), and names the packages do not export.
//
// go 1.19 reports only the undefined names and the method expression of
// sync.Mutex (same positions and messages).

package main

import (
	"fmt"
	"sync"
	"time"
)

type C struct {
	sync.Mutex
	n int
}

func main() {
	var c C
	c.Lock()
	_ = c.state             // ERROR "c\.state undefined \(type C has no field or method state\)"
	var o sync.Once         // ERROR "govm does not support sync\.Once yet"
	_ = time.Now()          // ERROR "govm does not support time\.Now yet"
	d := 3 * time.Second
	_ = d.Seconds()         // ERROR "govm does not support time\.Duration\.Seconds yet"
	fmt.Println(d)
	fmt.Printf("%d\n", d)
	_ = c.TryLock()         // ERROR "govm does not support \(\*sync\.Mutex\)\.TryLock yet"
	_ = time.Secnd          // ERROR "undefined: time\.Secnd"
	_ = sync.Mutex.Lock     // ERROR "cannot call pointer method Lock on sync\.Mutex"
	_ = (*sync.Mutex).Lock  // ERROR "govm does not support method expressions yet"
	_ = o
	c.Unlock()
}
