// Comparing interfaces holding uncomparable values panics as Go does:
// "runtime error: comparing uncomparable type []int".
package main

import "fmt"

type S struct{ a []int }

func main() {
	var x, y any = 1, "1"
	fmt.Println(x == y, x != y)
	x, y = S{}, 2
	fmt.Println(x == y)
	x, y = []int{1}, []int{1}
	fmt.Println(x == y)
}
