// s[lo:] with lo past the length: "slice bounds out of range [4:3]".
package main

import "fmt"

func tail(s string, from int) string {
	return s[from:]
}

func main() {
	fmt.Println(tail("xyz", 3) == "")
	fmt.Println(tail("xyz", 4))
}
