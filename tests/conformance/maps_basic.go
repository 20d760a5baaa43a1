// Maps: make with and without a size hint, literals, lookup of a missing
// key (the zero value), comma-ok, delete (also of a missing key), len,
// maps being references, nil maps (reading is fine), and fmt printing
// (fmt sorts keys). Ranges are used only for sums and counts: Go's map
// iteration order is random.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	if _, ok := m["one"]; ok {
		fmt.Println("has one")
	}

	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["one"] += 10
	m["new"]++
	fmt.Println(m)

	hinted := make(map[int]int, 100)
	for i := 0; i < 50; i++ {
		hinted[i] = i * i
	}
	fmt.Println(len(hinted), hinted[7], hinted[49], hinted[50] == 0)

	lit := map[string]bool{"go": true, "c": false, "rust": true}
	count := 0
	for _, v := range lit {
		if v {
			count++
		}
	}
	fmt.Println(count, lit)

	alias := lit
	alias["zig"] = true
	fmt.Println(len(lit), lit["zig"])

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	_, present := nilMap["x"]
	fmt.Println(present)
	delete(nilMap, "x")

	squares := map[int]int{}
	for i := -5; i <= 5; i++ {
		squares[i*i] = i
	}
	keySum, n := 0, 0
	for k := range squares {
		keySum += k
		n++
	}
	fmt.Println(len(squares), keySum, n, squares)

	for k := range squares {
		if k > 4 {
			delete(squares, k)
		}
	}
	fmt.Println(squares)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts['s'], len(counts))
}
