// Boolean logic with short-circuit evaluation: the right operand of && and ||
// runs only when needed, which the printing functions make visible.
package main

import "fmt"

func t(name string) bool {
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(t("a") && f("b"))
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(f("a") || t("b"))
	fmt.Println(f("a") || f("b") || t("c") || t("d"))
	fmt.Println(t("a") && t("b") && f("c") && t("d"))
	fmt.Println(t("a") && (f("b") || t("c")))
	fmt.Println(!t("a") || !f("b"))
	x := 5
	ok := x > 3 && x < 10
	fmt.Println(ok, !ok, ok == true, ok != false)
	var b bool
	fmt.Println(b, !b)
	cnt := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 || i%3 == 0 {
			cnt++
		}
	}
	fmt.Println("divisible by 2 or 3:", cnt)
	if f("cond") {
		fmt.Println("unreachable")
	} else if t("cond2") && x == 5 {
		fmt.Println("else-if taken")
	}
	eq := t("x") == f("y")
	fmt.Println(eq)
}
