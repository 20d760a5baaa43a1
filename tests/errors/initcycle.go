// Initialization cycles among package-level variables, through functions.
//
// go 1.19 says "initialization loop for p" followed by "p refers to" lines;
// today's Go (and govm) say "initialization cycle for p" with "p refers to
// q" lines, and "initialization cycle: r refers to itself" for a variable
// that refers to itself.

package main

var p = q + 1 // ERROR "initialization cycle for p\n\t.*initcycle.go:LINE:5: p refers to q\n\t.*initcycle.go:LINE+1:5: q refers to f\n\t.*initcycle.go:LINE+3:6: f refers to p"
var q = f()

func f() int { return p }

var r = r + 1 // ERROR "initialization cycle: r refers to itself"

var ok1 = ok2 * 2 // fine: ok2 is initialized first
var ok2 = 3

func main() {}
