// Indexing a string gives bytes (uint8); slicing gives strings sharing the
// bytes; bounds may be omitted.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(s[0], s[1], s[2], len(s))
	fmt.Printf("%c %x %v\n", s[0], s[1], s[len(s)-1])
	fmt.Println(s[:1], s[1:3], s[7:], s[:], s[len(s):] == "")
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	word := "abcdef"
	fmt.Println(word[2:4], word[:3]+word[3:], word[5:6], word[0:0] == "")
	i, j := 1, 4
	fmt.Println(word[i:j], word[i:], word[:j])
	b := word[3]
	b++
	fmt.Println(b, word[3])
	var sum int
	for k := 0; k < len(word); k++ {
		sum += int(word[k] - 'a')
	}
	fmt.Println("sum of letters:", sum)
	sub := word[1:5][1:3]
	fmt.Println(sub, len(sub))
	fmt.Println(word[len(word)-1] == 'f', "xyz"[1])
}
