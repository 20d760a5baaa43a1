// Reslicing a slice past its capacity panics with
// "slice bounds out of range [:12] with capacity 8" and exit status 2;
// up to the capacity (past the length) is fine.
package main

import "fmt"

func main() {
	s := make([]int, 4, 8)
	t := s[:8]
	fmt.Println(len(t), cap(t))
	n := 12
	u := s[:n]
	fmt.Println("not reached", len(u))
}
