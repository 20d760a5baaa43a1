// panic of an error value prints its Error() (Go's preprintpanics), and
// the method runs as Go code: it can allocate and call fmt (issue 6).
package main

import "fmt"

type AgeError struct{ Age int }

func (e *AgeError) Error() string { return fmt.Sprintf("invalid age: %d", e.Age) }

func check(age int) {
	if age < 0 {
		panic(&AgeError{age})
	}
}

func main() {
	fmt.Println("checking")
	check(3)
	check(-4)
}
