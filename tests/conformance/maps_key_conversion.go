// Map keys made by converting bytes or runes to strings: the map keeps
// its own copy of every key, so later changes to the byte slice (or the
// next iteration's conversion) must not change keys already stored. Covers
// m[string(b)]++ (the word-count idiom), --, m[string(r)]++, +=, =, and
// struct and array keys holding converted strings. (Go may skip the copy
// for a lookup such as m[string(b)], never for a store.)
package main

import "fmt"

type Key struct {
	S string
	I int
}

func main() {
	text := []byte("to be or not to be")
	count := map[string]int{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			count[string(text[start:i])]++
			start = i + 1
		}
	}
	fmt.Println(count, len(count), count["to"])

	buf := []byte("aaa")
	inc := map[string]int{}
	add := map[string]int{}
	set := map[string]int{}
	dec := map[string]int{}
	for i := 0; i < 3; i++ {
		buf[0] = byte('a' + i)
		inc[string(buf)]++
		dec[string(buf[:2])]--
		add[string(buf)] += 10
		set[string(buf)] = i
	}
	buf[0] = 'z'
	fmt.Println(inc, add, set, dec)
	fmt.Println(inc["aaa"], add["baa"], set["caa"], inc[string(buf)])

	letters := map[string]int{}
	for _, r := range "mississippi" {
		letters[string(r)]++
	}
	fmt.Println(letters)

	runes := map[string]int{}
	for i := 0; i < 6; i++ {
		runes[string(rune('a'+i%3))]++
	}
	fmt.Println(runes)

	keys := map[Key]int{}
	for i := 0; i < 6; i++ {
		keys[Key{string(rune('a' + i%2)), i % 3}]++
	}
	fmt.Println(keys, len(keys))

	pairs := map[[2]string]int{}
	b := []byte("xy")
	for i := 0; i < 4; i++ {
		b[1] = byte('0' + i%2)
		pairs[[2]string{string(b[:1]), string(b)}]++
	}
	fmt.Println(pairs)
	if n, ok := pairs[[2]string{"x", "x1"}]; ok {
		fmt.Println("x1", n)
	}
}
