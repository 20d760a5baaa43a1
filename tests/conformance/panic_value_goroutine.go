// panic with a value in a goroutine other than main: the report names
// that goroutine and where it was created.
package main

import "fmt"

type Code uint16

func worker(c Code, done chan bool) {
	panic(c)
}

func main() {
	done := make(chan bool)
	go worker(Code(500), done)
	<-done
	fmt.Println("not reached")
}
