// defer statements, recover and package os (issue 6): gc's errors, and
// what govm does not compile yet.
//
// Checked against go 1.19 (go build -gcflags=-e): the messages gc gives,
// at the same positions; the others are govm's refusals of valid Go.

package main

import (
	"fmt"
	"os"
)

func f() int { return 1 }

func main() {
	s := []int{1}
	defer len(s)            // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer int(3)            // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	defer f()               // fine: the result is dropped
	defer fmt.Println("ok") // fine
	defer os.Exit(1)        // ERROR "govm does not support defer statements calling os.Exit yet"
	defer recover()         // ERROR "govm does not support defer statements calling built-in recover yet"
	os.Exitt(2)             // ERROR "undefined: os.Exitt"
	os.Getenv("HOME")       // ERROR "govm does not support os.Getenv yet"
	_ = recover(1)          // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	defer func() {}()       // fine since issue 6 (func)
}

