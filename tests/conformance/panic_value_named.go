// panic with a value of a defined integer type: Go prints the type's name
// and the value in parentheses (printanycustomtype). A function whose body
// ends in a call of panic needs no return (a terminating statement).
package main

import "fmt"

type ErrorCode int

func code(n int) ErrorCode {
	if n >= 0 {
		return ErrorCode(n)
	}
	fmt.Println("failing with", n)
	panic(ErrorCode(n))
}

func main() {
	fmt.Println(code(3))
	fmt.Println(code(-7))
}
