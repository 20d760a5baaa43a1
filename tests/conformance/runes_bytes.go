// Counting runes versus bytes: len counts bytes; for range counts runes and
// reports each rune's starting byte; a rune's UTF-8 length can be read off
// its leading byte.
package main

import "fmt"

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func utf8Len(lead byte) int {
	switch {
	case lead < 0x80:
		return 1
	case lead>>5 == 0x6:
		return 2
	case lead>>4 == 0xe:
		return 3
	case lead>>3 == 0x1e:
		return 4
	}
	return 1
}

func report(s string) {
	fmt.Printf("%q: %d bytes, %d runes\n", s, len(s), runeCount(s))
}

func main() {
	report("hello")
	report("héllo")
	report("日本語")
	report("👍🏽")
	report("a\xffb")
	report("")
	s := "Ünïcödé ☃ 𝄞"
	for i, r := range s {
		fmt.Printf("%2d %c U+%X len %d\n", i, r, r, utf8Len(s[i]))
	}
	wide := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 && s[i] < 0xc0 {
			wide++
		}
	}
	fmt.Println("continuation bytes:", wide)
}
