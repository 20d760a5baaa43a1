// (issue 6) Package strings' functions, table by table, with Go's exact
// semantics: empty separators and inputs, n < 0 and n past the count,
// non-ASCII case mapping, Unicode white space, invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func show(parts []string) {
	fmt.Printf("%d %q\n", len(parts), parts)
}

func main() {
	// Split: ordinary, repeated and edge separators; "" splits into runes.
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a,,b,", ","))
	show(strings.Split("", ","))
	show(strings.Split("abc", ""))
	show(strings.Split("héllo", ""))
	show(strings.Split("", ""))
	show(strings.Split("a\xffb\xfe", ""))
	show(strings.Split("xxaxxbxx", "xx"))
	show(strings.Split("abc", "abcd"))
	show(strings.Split("日本語日本", "本"))
	parts := strings.Split("1 2 3", " ")
	parts[0] = "one"
	fmt.Println(parts, len(parts), cap(parts), parts == nil)

	// Join.
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q %q\n", strings.Join([]string{"", ""}, ""), strings.Join([]string{"x", "", "y"}, "--"))

	// Contains, Index, HasPrefix, HasSuffix.
	for _, sub := range []string{"", "a", "ab", "ba", "abc", "é", "xyz"} {
		fmt.Println(sub, strings.Contains("abcé", sub), strings.Index("abcé", sub),
			strings.HasPrefix("abcé", sub), strings.HasSuffix("abcé", sub))
	}
	fmt.Println(strings.Index("", ""), strings.Index("", "a"), strings.Index("chicken", "ken"), strings.Index("日本語", "語"))

	// Repeat.
	fmt.Printf("%q %q %q %q\n", strings.Repeat("ab", 0), strings.Repeat("ab", 1), strings.Repeat("", 5), strings.Repeat("-=", 7))
	fmt.Println(len(strings.Repeat("x", 1000)))

	// ToUpper and ToLower: ASCII, Latin, Greek, Cyrillic, title case,
	// letters without a simple mapping, invalid bytes (they become U+FFFD
	// once something changed).
	for _, s := range []string{"", "hello", "HELLO", "Hello, World 123", "héllo wörld", "ÀÉÎÕÜ àéîõü",
		"γειά σου κόσμε", "ПРИВЕТ мир", "ǅungla ǈ ǋ", "straße", "ıi İI", "ſ", "ﬀ", "\xffabc", "ab\xffé", "ÿ",
		"ǲ", "ꞵ", "𐐨𐐀"} {
		fmt.Printf("%q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}

	// TrimSpace and Fields: ASCII and Unicode white space.
	for _, s := range []string{"", "   ", "  a  ", "\t\n a b \v\f\r", "\u00a0x\u00a0", "\u2003 y z \u3000",
		"\u0085a\u1680b\u2028", "a\xffb", " \xff ", "x\u200by", "one two  three\tfour\nfive"} {
		fmt.Printf("%q %q\n", strings.TrimSpace(s), strings.Fields(s))
	}
	fmt.Println(len(strings.Fields("")), strings.Fields("") == nil)

	// Replace and ReplaceAll: n < 0, n = 0, n past the count, old = "".
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 0))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 10))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("", "", "-", -1))
	fmt.Println(strings.Replace("héllo", "", "|", -1), strings.Replace("aaa", "a", "", -1) == "")
	fmt.Println(strings.ReplaceAll("banana", "an", "AN"), strings.ReplaceAll("banana", "x", "y"), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.ReplaceAll("same", "m", "m"))

	// Results used in expressions, in calls, and in order.
	words := strings.Fields(" the quick  brown fox ")
	fmt.Println(strings.ToUpper(strings.Join(words, "_")) + "!")
	total := 0
	for _, w := range strings.Split("a,bb,ccc", ",") {
		total += len(w) + strings.Index(w, "c")
	}
	fmt.Println(total)
}
