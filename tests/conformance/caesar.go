// A Caesar cipher over a string: shift letters, keep the rest; decoding with
// the opposite shift gives the original back. Bytes are turned back into
// strings by slicing an alphabet (no conversions needed).
package main

import "fmt"

const lower = "abcdefghijklmnopqrstuvwxyz"
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func shift(s string, k int) string {
	k = (k%26 + 26) % 26
	out := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			j := (int(c-'a') + k) % 26
			out += lower[j : j+1]
		case c >= 'A' && c <= 'Z':
			j := (int(c-'A') + k) % 26
			out += upper[j : j+1]
		default:
			out += s[i : i+1]
		}
	}
	return out
}

func main() {
	msg := "Hello, World! Go at 1.22, zebra."
	enc := shift(msg, 3)
	fmt.Println(enc)
	fmt.Println(shift(enc, -3))
	fmt.Println(shift(msg, 13) == shift(shift(msg, 26), 13))
	fmt.Println(shift(shift(msg, 13), 13) == msg)
	for k := 0; k < 26; k += 5 {
		fmt.Printf("%2d %s\n", k, shift("attack at dawn", k))
	}
	fmt.Println(shift("", 7) == "", shift("xyz", -1000))
}
