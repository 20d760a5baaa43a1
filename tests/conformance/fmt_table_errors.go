// fmt's error forms through fmt.Sprintf: wrong verbs for a type, missing
// and extra arguments, bad widths, precisions and indexes, no verb.
package main

import "fmt"

type T struct {
	A int
	B string
}

func show(s string) {
	fmt.Printf("%q\n", s)
}

func main() {
	show(fmt.Sprintf("%d", "hi"))
	show(fmt.Sprintf("%s", 42))
	show(fmt.Sprintf("%t", 1.5))
	show(fmt.Sprintf("%x", true))
	show(fmt.Sprintf("%z", 3))
	show(fmt.Sprintf("%d", T{1, "x"}))
	show(fmt.Sprintf("%s", []int{1, 2}))
	show(fmt.Sprintf("%d %d", 1))
	show(fmt.Sprintf("%d", 1, 2, "three"))
	show(fmt.Sprintf("no verbs", 1, true))
	show(fmt.Sprintf("%"))
	show(fmt.Sprintf("%-"))
	show(fmt.Sprintf("%*d", "x", 5))
	show(fmt.Sprintf("%.*d", "x", 5))
	show(fmt.Sprintf("%*d", 10000000, 5))
	show(fmt.Sprintf("%.*d", -1, 5))
	show(fmt.Sprintf("%[0]d", 1))
	show(fmt.Sprintf("%[3]d", 1, 2))
	show(fmt.Sprintf("%[x]d", 1))
	show(fmt.Sprintf("%[1]d %[1]d", 7))
	show(fmt.Sprintf("%[2]d", 7, 8))
	show(fmt.Sprintf("%[1]", 7))
	show(fmt.Sprintf("%!", 7))
	show(fmt.Sprintf("%.2q|%-#5x|%+#q", "hello", 255, "é"))
	show(fmt.Sprintf("%c %c", -1, 0x110000))
	show(fmt.Sprintf("%T %T", 1.5, ""))
	show(fmt.Sprintf("%.2f", "s"))
	show(fmt.Sprintf("%d %s", []byte{1, 2}, []byte{65, 66}))
	show(fmt.Sprintf("%x", map[string]int{"a": 10}))
}
