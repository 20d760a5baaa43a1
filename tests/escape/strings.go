// errorcheck -m
// Strings: concatenation and conversions allocate; the result escapes when
// it is returned or kept, and stays in a frame buffer when it does not.
package main

var kept string

func join(a, b string) string { return a + b } // ERROR "a does not escape" "b does not escape" "a \+ b escapes to heap"

func length(a, b string) int { // ERROR "a does not escape" "b does not escape"
	c := a + b // ERROR "a \+ b does not escape"
	return len(c)
}

func keep(a string) { kept = a + "!" } // ERROR "a does not escape" "a \+ .!. escapes to heap"

func bytesOf(s string) []byte { return []byte(s) } // ERROR "s does not escape" "\(\[\]byte\)\(s\) escapes to heap"

func count(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	return len(b)
}

func runes(s string) int { // ERROR "s does not escape"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	return len(r)
}

func back(b []byte) string { return string(b) } // ERROR "b does not escape" "string\(b\) escapes to heap"

func main() {
	s := join("a", "b")
	keep(s)
	println(s, length(s, "c"), len(bytesOf(s)), count(s), runes(s), back([]byte("xy")), kept) // ERROR "\(\[\]byte\)\(.xy.\) does not escape"
}
