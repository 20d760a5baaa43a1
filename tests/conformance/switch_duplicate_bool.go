// Duplicate boolean case constants are valid Go (only duplicate integer,
// float and string constants are errors): the first matching case runs.
package main

import "fmt"

func main() {
	switch {
	case true:
		fmt.Println("first")
	case true:
		fmt.Println("second")
	}
}
