// The 3-index form a[i:j:k] checks k first, against the length of an
// array (its capacity for a slice):
// "slice bounds out of range [::9] with length 6", exit status 2.
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	k := 9
	t := arr[1:3:k]
	fmt.Println("not reached", t)
}
