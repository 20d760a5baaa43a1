// A goroutine writes to a nil map: "assignment to entry in nil map" ends
// the program, with that goroutine's traceback; main, blocked in a
// receive, never prints its second line.
package main

import "fmt"

func record(m map[string]int, key string, done chan<- bool) {
	m[key]++
	done <- true
}

func main() {
	done := make(chan bool)
	counts := map[string]int{}
	go record(counts, "a", done)
	<-done
	fmt.Println(counts)
	var none map[string]int
	go record(none, "b", done)
	<-done
	fmt.Println("never")
}
