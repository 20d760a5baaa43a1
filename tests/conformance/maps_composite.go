// Maps with composite keys and values: map[string][]int (appending to a
// value needs a store back), struct values (copied out, so a field cannot
// be assigned in place), struct and array keys, a map of maps, pointer
// values, and fmt printing of all of them with keys sorted.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Info struct {
	Name  string
	Count int
}

func main() {
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups, len(groups["even"]), groups["none"] == nil)

	infos := map[int]Info{1: {"a", 1}, 2: {Name: "b"}}
	info := infos[1]
	info.Count += 10
	fmt.Println(infos[1], info)
	infos[1] = info
	fmt.Println(infos)
	fmt.Printf("%+v\n", infos)

	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{1, 2}] += "b"
	grid[Point{-1, 5}] = "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	_, ok := grid[Point{2, 1}]
	fmt.Println(ok)

	arrKeys := map[[2]int]int{}
	arrKeys[[2]int{1, 2}] = 3
	arrKeys[[2]int{1, 2}]++
	arrKeys[[2]int{0, 9}] = 1
	fmt.Println(arrKeys)

	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}, {"x", "a"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested, len(nested["x"]))

	ptrs := map[string]*Info{}
	ptrs["p"] = &Info{"p", 0}
	ptrs["p"].Count = 5
	fmt.Println(*ptrs["p"], ptrs["q"] == nil)

	total := 0
	for _, vs := range groups {
		for _, v := range vs {
			total += v
		}
	}
	fmt.Println("total", total)
	byLen := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
}
