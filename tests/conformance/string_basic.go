// String literals with escapes, raw strings, concatenation and len (bytes).
package main

import "fmt"

func main() {
	s := "tab\there, newline\\n, quote\", backslash\\"
	fmt.Println(s, len(s))
	fmt.Println("octal \101, hex \x42, u \u0043, U \U00000044, bell-free")
	raw := `raw \n stays, "quotes" too`
	fmt.Println(raw, len(raw))
	multi := `line one
line two`
	fmt.Println(multi)
	fmt.Println(len("héllo"), len("日本語"), len(""), len("\xff"))
	a := "con"
	b := "cat"
	c := a + b + "en" + "ation"
	fmt.Println(c, len(c))
	var empty string
	fmt.Println(empty+"x"+empty, len(empty))
	fmt.Println("\a\b\f\v"[0], "\a\b\f\v"[3], "\r"[0], "\000"[0])
	fmt.Println("smile: \U0001F600", len("\U0001F600"))
	x := "a"
	for i := 0; i < 5; i++ {
		x = x + x
	}
	fmt.Println(len(x))
}
