// Each iteration of a three-clause for loop has its own loop variable
// (Go 1.22): five goroutines started with &i get five different variables,
// holding 0..4. Go 1.19, installed as the oracle, shares one variable, which
// holds 5 once the loop ends (sum 25, 1 distinct pointer); govm follows
// today's Go, so the expectations were written by hand.
// conformance: expected by hand (Go 1.22 loop variables; Go 1.19 prints sum 25, distinct 1)
package main

import "fmt"

func sendPtr(p *int, out chan<- *int) {
	out <- p
}

func main() {
	out := make(chan *int)
	for i := 0; i < 5; i++ {
		go sendPtr(&i, out)
	}
	var ptrs []*int
	sum := 0
	for n := 0; n < 5; n++ {
		p := <-out
		sum += *p
		ptrs = append(ptrs, p)
	}
	distinct := 0
	for a := 0; a < len(ptrs); a++ {
		seen := false
		for b := 0; b < a; b++ {
			if ptrs[a] == ptrs[b] {
				seen = true
			}
		}
		if !seen {
			distinct++
		}
	}
	fmt.Println("sum", sum, "distinct", distinct)
}
