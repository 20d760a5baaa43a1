// conformance: expected by hand (Go 1.25 prints "[recovered, repanicked]" once; Go 1.19 printed the value twice)
// A value recovered and raised again by panic(r) is the same interface
// value, so today's Go reports it once, as "[recovered, repanicked]";
// Go 1.19 (the installed oracle) printed "panic: boom [recovered]" and
// then "\tpanic: boom". A different value still prints as a chain.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("boom")
}
