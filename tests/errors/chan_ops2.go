// Channels (issue 5), continued: make, comparison, comma-ok receive,
// range and close errors, as gc reports them.
//
// Checked against go 1.19 (go build): same positions and messages, except
// today's wording, which govm follows: "as string value" (1.19: "as type
// string") and "cannot range over s (...): receive from send-only channel"
// (1.19: "(receive from send-only channel)").

package main

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	_ = make(chan int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make(chan int, 1, 2) // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = c == s
	_ = r == s // ERROR "invalid operation: r == s \(mismatched types <-chan int and chan<- int\)"
	var z string = <-c // ERROR "cannot use <-c \(comma, ok expression of type int\) as string value in variable declaration"
	_ = z
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	for v := range s { // ERROR "cannot range over s \(variable of type chan<- int\): receive from send-only channel"
		_ = v
	}
	v, ok := <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	_, _ = v, ok
	close(c, c) // ERROR "invalid operation: too many arguments for close\(c, c\) \(expected 1, found 2\)"
}
