// (issue 6) What strings and strconv allocate, counted as Go counts it
// (runtime.MemStats.Mallocs before and after each call): substrings and
// small numbers share memory, a Builder grows as append grows a slice.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var sink string
var sinks []string
var m runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	s := "  hello, world  "
	n := mallocs()
	sink = strings.TrimSpace(s)
	fmt.Println("TrimSpace", mallocs()-n)
	n = mallocs()
	sinks = strings.Split("a,b,c,d", ",")
	fmt.Println("Split", mallocs()-n, len(sinks), cap(sinks))
	n = mallocs()
	sinks = strings.Fields(s)
	fmt.Println("Fields", mallocs()-n)
	n = mallocs()
	sink = strings.Join(sinks, "+")
	fmt.Println("Join", mallocs()-n)
	n = mallocs()
	sink = strings.Join(sinks[:1], "+")
	fmt.Println("Join1", mallocs()-n)
	n = mallocs()
	sink = strings.Repeat("ab", 50)
	fmt.Println("Repeat", mallocs()-n)
	n = mallocs()
	sink = strings.ToUpper("hello")
	fmt.Println("ToUpper", mallocs()-n)
	n = mallocs()
	sink = strings.ToUpper("HELLO")
	fmt.Println("ToUpper same", mallocs()-n)
	n = mallocs()
	sink = strings.ToLower("HÉLLO")
	fmt.Println("ToLower", mallocs()-n)
	n = mallocs()
	sink = strings.ReplaceAll("banana", "a", "o")
	fmt.Println("ReplaceAll", mallocs()-n)
	n = mallocs()
	sink = strings.Replace("banana", "x", "o", -1)
	fmt.Println("Replace none", mallocs()-n)
	n = mallocs()
	sink = strconv.Itoa(42)
	fmt.Println("Itoa small", mallocs()-n)
	n = mallocs()
	sink = strconv.Itoa(12345)
	fmt.Println("Itoa", mallocs()-n)
	n = mallocs()
	sink = strconv.FormatInt(-7, 10)
	fmt.Println("FormatInt", mallocs()-n)
	n = mallocs()
	sink = strconv.Quote("hello")
	fmt.Println("Quote", mallocs()-n)
	var b strings.Builder
	n = mallocs()
	for i := 0; i < 100; i++ {
		b.WriteByte('x')
	}
	fmt.Println("Builder 100 bytes", mallocs()-n)
	n = mallocs()
	b.Reset()
	b.Grow(10)
	b.WriteString("0123456789")
	b.WriteString("0123456789")
	fmt.Println("Builder Grow", mallocs()-n)
	sink = b.String()
	fmt.Println(sink)
}
