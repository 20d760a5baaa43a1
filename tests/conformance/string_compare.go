// String comparison is bytewise lexicographic.
package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abd")
	cmp("abc", "abc")
	cmp("ab", "abc")
	cmp("", "a")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("abc"[:2], "ab")
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y, x[1:3] == "el", x > "help")
	least := "pear"
	if "apple" < least {
		least = "apple"
	}
	if "banana" < least {
		least = "banana"
	}
	fmt.Println(least)
}
