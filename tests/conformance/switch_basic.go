// switch with a tag, without a tag (a chain of boolean cases), with an init
// statement, several values per case, default anywhere, and break inside a
// case.
package main

import "fmt"

func day(n int) string {
	switch n {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "invalid"
	}
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func next() int {
	fmt.Print("[next] ")
	return 2
}

func main() {
	for i := -1; i <= 7; i += 2 {
		fmt.Println(i, day(i))
	}
	fmt.Println(sign(-5), sign(0), sign(9))
	switch x := 3 * 3; {
	case x > 5:
		fmt.Println("x > 5:", x)
	default:
		fmt.Println("small")
	}
	switch y := len("four"); y {
	default:
		fmt.Println("default first in source, chosen last")
	case 3:
		fmt.Println("three")
	}
	switch s := "go"; s + "vm" {
	case "go":
		fmt.Println("no")
	case "govm":
		fmt.Println("matched", s+"vm")
	}
	// Case expressions are evaluated top to bottom, left to right, until one
	// matches.
	switch next() {
	case 1, next(), 3:
		fmt.Println("matched second value")
	case next():
		fmt.Println("not reached")
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("break leaves the switch, not the loop")
			break
		}
		fmt.Println("after switch", i)
	}
	switch {
	}
	var b byte = 'q'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", b)
	}
	var ok bool
	switch ok {
	case true:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
}
