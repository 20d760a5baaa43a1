// A map growing well past its first buckets: 5000 inserts, lookups of
// every key, deleting every third key, reinserting some, and checks that
// only use sums and counts (iteration order is random). Keys of several
// kinds: int64, uint8, string, bool, arrays and structs with strings.
package main

import "fmt"

type Key struct {
	Name string
	N    int
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 5000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	hits, sum := 0, 0
	for i := 0; i < 35000; i++ {
		if v, ok := m[i]; ok {
			hits++
			sum += v
		}
	}
	fmt.Println(hits, sum)
	for i := 0; i < 5000; i += 3 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	for i := 0; i < 100; i++ {
		m[i*7] = -1
	}
	total, count := 0, 0
	for k, v := range m {
		total += k + v
		count++
	}
	fmt.Println(len(m), count, total)

	words := map[string]int{}
	text := "the quick brown fox jumps over the lazy dog the end"
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			words[text[start:i]]++
			start = i + 1
		}
	}
	fmt.Println(len(words), words["the"], words)

	i64 := map[int64]bool{-1 << 40: true, 1 << 40: false}
	u8 := map[uint8]string{255: "max", 0: "zero"}
	bk := map[bool][]int{true: {1}, false: nil}
	ak := map[[3]string]int{{"a", "b", "c"}: 1, {"", "", ""}: 2}
	sk := map[Key]int{{"x", 1}: 10, {"x", 2}: 20, {"y", 1}: 30}
	sk[Key{"x", 1}] += 5
	fmt.Println(i64, u8, bk, ak, sk)
	fmt.Println(sk[Key{"x", 1}], sk[Key{"z", 0}], len(sk))

	big := map[string]string{}
	key := ""
	for i := 0; i < 300; i++ {
		key += string(rune('a' + i%26))
		big[key] = key[len(key)/2:]
	}
	lens := 0
	for k, v := range big {
		lens += len(k) - len(v)
	}
	fmt.Println(len(big), lens, big["abc"])
}
