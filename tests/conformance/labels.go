// Labeled break and continue out of nested loops and out of a switch inside
// a loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	count := 0
loop:
	for {
		count++
		switch {
		case count < 3:
			continue loop
		case count == 5:
			break loop
		}
		fmt.Println("count", count)
	}
	fmt.Println("left at", count)

	// Find the first pair whose product is 42.
	found := false
search:
	for a := 1; a < 10; a++ {
		for b := a; b < 10; b++ {
			switch a * b {
			case 42:
				fmt.Println("found", a, b)
				found = true
				break search
			}
		}
	}
	fmt.Println("found =", found)

	// A label on a loop inside a labeled loop; continue the middle one.
	n := 0
rows:
	for r := 0; r < 3; r++ {
	cols:
		for c := 0; c < 3; c++ {
			for k := 0; k < 3; k++ {
				if k > c {
					continue cols
				}
				if r == 2 {
					continue rows
				}
				n++
			}
		}
	}
	fmt.Println("n =", n)

	// break in a switch with a label on the switch itself.
	x := 2
sw:
	switch x {
	case 2:
		if x > 1 {
			break sw
		}
		fmt.Println("not printed")
	}
	fmt.Println("done")
}
