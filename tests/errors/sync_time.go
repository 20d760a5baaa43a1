// Packages sync and time (issue 5): misuse of WaitGroup, Mutex, Duration and
// Sleep is reported as gc reports it, through their Go signatures; other
// package members are refused by name.
//
// Checked against go 1.19 (go build): same positions and messages, except
// "as time.Duration value", today's wording (1.19: "as type time.Duration").

package main

import (
	"sync"
	"time"
)

func get() sync.WaitGroup { return sync.WaitGroup{} }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	_ = wg.state1            // ERROR "wg\.state1 undefined \(type sync\.WaitGroup has no field or method state1\)"
	wg.Add()                 // ERROR "not enough arguments in call to wg\.Add\n\thave \(\)\n\twant \(int\)"
	wg.Add("x")              // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to wg\.Add"
	x := wg.Add(1)           // ERROR "wg\.Add\(1\) \(no value\) used as value"
	n := 3
	time.Sleep(n)            // ERROR "cannot use n \(variable of type int\) as time\.Duration value in argument to time\.Sleep"
	mu.Lock(1)               // ERROR "too many arguments in call to mu\.Lock\n\thave \(number\)\n\twant \(\)"
	get().Add(1)             // ERROR "cannot call pointer method Add on sync\.WaitGroup"
	_ = sync.Mutex{1, 2}     // ERROR "implicit assignment to unexported field state in sync\.Mutex literal" "implicit assignment to unexported field sema in sync\.Mutex literal"
	_ = x
}
