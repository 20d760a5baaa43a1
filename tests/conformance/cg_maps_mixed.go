// Maps: make, literals (struct keys, elided key types), comma-ok, delete, len, nil maps, range summed in an order-independent way, printing (sorted keys).
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] += 2
	m["a"]++
	fmt.Println(len(m), m["a"], m["b"], m["zz"])
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	delete(m, "a")
	fmt.Println(len(m))
	var nm map[string]int
	fmt.Println(len(nm), nm["x"], nm == nil)
	lit := map[int]string{1: "one", 2: "two"}
	total := 0
	for k, v := range lit {
		total += k + len(v)
	}
	fmt.Println(total)
	km := map[K]int{{1, "x"}: 5}
	km[K{2, "y"}] = 6
	fmt.Println(km[K{1, "x"}], km[K{2, "y"}], len(km))
	fmt.Println(m, lit)
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr, arr == [3]int{2, 4, 6})
	k1, k2 := K{1, "a"}, K{1, "a"}
	fmt.Println(k1 == k2, k1 != k2)
	ps := []*K{{3, "c"}, {4, "d"}}
	fmt.Println(ps[1].B, len(ps))
	sl := arr[:]
	sl[0] = 100
	fmt.Println(arr[0], sl)
	str := "hello world"
	fmt.Println(str[2:5])
}
