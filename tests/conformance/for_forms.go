// The three forms of for: with init; cond; post, with a condition only, and
// infinite with break; plus continue, empty parts and nested loops.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n =", n)

	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("odd ", k, " ")
	}
	fmt.Println()

	j := 10
	for ; j > 0; j -= 4 {
	}
	fmt.Println("j =", j)

	m := 0
	for m = 0; m < 3; {
		m++
	}
	fmt.Println("m =", m)

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()

	total := 0
	for a := 1; a <= 4; a++ {
		for b := 1; b <= a; b++ {
			total += a * b
		}
	}
	fmt.Println("total =", total)

	var u uint8 = 3
	for u != 250 {
		u--
	}
	fmt.Println("u =", u)
}
