// panic with a negative int8 and a minimum int64 are printed signed.
package main

import "fmt"

func main() {
	var small int8 = -128
	fmt.Println(small)
	panic(small)
}
