// Conversions between strings, byte slices and rune slices: []byte(s) and
// []rune(s) copy, so modifying them leaves the source string alone; string(b)
// copies back; string(r) and string(rune(65)) encode one rune; invalid
// runes become U+FFFD; concatenation in a loop builds a new string each time.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)

	b[0] = 'H'
	r[0] = 'J'
	r[len(r)-1] = '!'
	fmt.Println(s)
	fmt.Println(string(b))
	fmt.Println(string(r))

	t := string(b)
	b[1] = 'X'
	fmt.Println(t, string(b[:2]))

	fmt.Println(string(rune(65)), string('é'), string(rune(0x4e16)))
	var cp rune = 0x1F600
	fmt.Println(string(cp), len(string(cp)))
	fmt.Printf("%q %q\n", string(rune(-1)), string(rune(0x110000)))

	acc := ""
	for i := 0; i < 10; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))
	line := ""
	for _, w := range []string{"one", "two", "three"} {
		if line != "" {
			line += "-"
		}
		line += w
	}
	fmt.Println(line)

	bad := []byte{0x61, 0xff, 0x62}
	fmt.Println([]rune(string(bad)))
	fmt.Printf("%q\n", string(bad))

	runes := []rune{0x47, 0x6f, 0x20, 0x2764}
	fmt.Println(string(runes), len(string(runes)))
	fmt.Println(string([]byte{}), len([]rune("")), []byte(""))

	upper := []byte("gopher")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	fmt.Println(string(upper))
	fmt.Printf("%s %x %X\n", upper, upper, []byte("hi"))
	fmt.Printf("%v %d\n", []byte("AB"), []rune("AB"))
	fmt.Println(string(b) == s, string(r) < s)
}
