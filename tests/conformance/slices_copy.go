// copy: returns the number of elements copied (the shorter length); copies
// between overlapping parts of one slice as if through a temporary; copies
// bytes out of a string; 2-D slices built from make and slices of slices
// that share rows.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(big[6:], src)
	fmt.Println(n, big)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println("shift right:", s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println("shift left:", s)

	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	n = copy(b[1:], "ab")
	fmt.Println(n, string(b))
	fmt.Println(copy(b, ""), copy([]int(nil), src))

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	alias := grid[1]
	alias[0] = -1
	fmt.Println(grid[1])
	rows := grid[1:]
	rows[1][3] = 99
	fmt.Println(grid)

	tri := [][]int{}
	for i := 1; i <= 4; i++ {
		row := make([]int, i)
		for j := range row {
			row[j] = i
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	total := 0
	for _, row := range tri {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println("total", total)

	words := [][]string{{"a", "b"}, nil, {}}
	fmt.Println(words, len(words[1]), words[1] == nil, words[2] == nil)
	fmt.Printf("%q\n", words)
}
