// errorcheck -m
// (issue 6) Packages strings and strconv by gc's tags for Go's own code:
// Split and Fields keep their argument (the []string holds its bytes);
// Join, TrimSpace, ToUpper, ToLower and Replace may return (part of) an
// argument, so it escapes only when the result does; Contains, Index,
// Repeat and strconv keep nothing. A strings.Builder stays on the stack:
// its methods keep only what it points to (leaking param content).
package main

import (
	"strconv"
	"strings"
)

var sink string
var sinks []string

func split(a, b string) []string { // ERROR "a does not escape" "b does not escape"
	return strings.Split(a+b, ",") // ERROR "a \+ b escapes to heap"
}

func fields(a, b string) int { // ERROR "a does not escape" "b does not escape"
	return len(strings.Fields(a + b)) // ERROR "a \+ b escapes to heap"
}

func upperKept(a, b string) { // ERROR "a does not escape" "b does not escape"
	sink = strings.ToUpper(a + b) // ERROR "a \+ b escapes to heap"
}

func upperLocal(a, b string) int { // ERROR "a does not escape" "b does not escape"
	u := strings.ToUpper(a + b) // ERROR "a \+ b does not escape"
	return len(u)
}

func trim(s string) string { // ERROR "leaking param: s to result ~r0 level=0"
	return strings.TrimSpace(s)
}

func replace(s, old string) string { // ERROR "leaking param: s to result ~r0 level=0" "old does not escape"
	return strings.Replace(s, old, "x", -1)
}

func join(a, b string) string { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0"
	return strings.Join([]string{a, b}, "+") // ERROR "\[\]string{...} does not escape"
}

func joinKept(a, b string) { // ERROR "leaking param: a" "leaking param: b"
	sinks = []string{a, b} // ERROR "\[\]string{...} escapes to heap"
	sink = strings.Join(sinks, "")
}

func contains(bs []byte) bool { // ERROR "bs does not escape"
	return strings.Contains(string(bs), "x") && // ERROR "string\(bs\) does not escape"
		strings.Index(string(bs), "y") > 0 // ERROR "string\(bs\) does not escape"
}

func repeat(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return strings.Repeat(a+b, 2) // ERROR "a \+ b does not escape"
}

func itoa(n int) string {
	return strconv.Itoa(n) + strconv.FormatInt(int64(n), 16) + strconv.Quote(sink) // ERROR "strconv.Itoa\(n\) \+ strconv.FormatInt\(int64\(n\), 16\) \+ strconv.Quote\(sink\) escapes to heap"
}

func build(words []string) string { // ERROR "words does not escape"
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	b.WriteRune('!')
	return b.String()
}

func fill(b *strings.Builder) { // ERROR "leaking param content: b"
	b.WriteString("x")
}

func contents(b *strings.Builder) string { // ERROR "leaking param: b to result ~r0 level=1"
	return b.String()
}

func size(b *strings.Builder) int { // ERROR "b does not escape"
	b.Grow(10)
	return b.Len()
}

func newBuilder() int {
	p := &strings.Builder{} // ERROR "&strings.Builder{} does not escape"
	p.WriteString("y")
	p.Reset()
	return p.Len()
}

func main() {
	println(len(split("a", "b")), fields("a", "b"), upperLocal("a", "b"), trim(" x "), replace("a", "b"))
	upperKept("a", "b")
	println(join("a", "b"), repeat("a", "b"), itoa(5), contains(nil), build(nil), newBuilder())
	joinKept("a", "b")
	var b strings.Builder
	fill(&b)
	println(contents(&b), size(&b))
}
