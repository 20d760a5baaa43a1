// Golden: a recursion deep enough to grow the stack from 2 KiB a few times,
// then unwind.
package main

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + n
}

func main() {
	fmt.Println(down(100))
}
