// for range over a string walks runes: the index is the byte offset of each
// rune; multi-byte UTF-8 advances by its length; an invalid byte yields
// U+FFFD (65533) and advances by one byte.
package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, runeKind(r))
	}
	bad := "a\xffb\xe4\xb8c\xc0\x80"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	for _, r := range "xyz" {
		last = r
	}
	fmt.Printf("%c %q %v\n", last, last, last)
	// Surrogate halves and out-of-range encodings are invalid too.
	for i, r := range "\xed\xa0\x80|\xf4\x90\x80\x80|" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}

// runeKind prints a rune the way %c does, without a conversion.
func runeKind(r rune) string {
	if r < 128 {
		return "ascii"
	}
	return "multi-byte"
}
