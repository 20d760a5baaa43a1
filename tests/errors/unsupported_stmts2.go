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
	g := add             // fine since issue 6 (func)
	var any interface{} = n // fine since issue 6
	switch any.(type) {  // fine since issue 6
	}
	for i := range 3 {   // ERROR "govm does not support range over integers yet"
		fmt.Println(i)
	}
	c, err := fmt.Println(b, v, g(1, 2)) // ERROR "govm does not support using the results of fmt.Println yet"
	_, _ = c, err
	defer recover() // ERROR "govm does not support defer statements calling built-in recover yet"
}
