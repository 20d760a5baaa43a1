// More of valid Go outside govm's first subset.
//
// go 1.19 builds this file without errors (range over an int needs 1.22).

package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	n := len("abc")
	b := make([]byte, n)
	v := new(int)
	g := add             // ERROR "govm does not support function values yet"
	var any interface{} = n // ERROR "govm does not support interfaces yet"
	switch any.(type) {  // ERROR "govm does not support type switches yet"
	}
	for i := range 3 {   // ERROR "govm does not support range over integers yet"
		fmt.Println(i)
	}
	c, err := fmt.Println(b, v, g(1, 2)) // ERROR "govm does not support using the results of fmt.Println yet"
	_, _ = c, err
	defer recover() // ERROR "govm does not support defer statements calling built-in recover yet"
}
