// Arrays are values: assignment and calls copy every element; == compares
// element by element; [...]T counts the elements; multi-dimensional arrays;
// range over an array (a copy is ranged over) and over a *array.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func sum(a [4]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var zero [4]int
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(zero, a, b, len(a))

	d := double(a)
	fmt.Println("after double:", a, d)
	doubleInPlace(&a)
	fmt.Println("after doubleInPlace:", a, a == d, a != b, sum(a))

	c := [...]string{"x", "y", "z"}
	fmt.Println(len(c), c)
	sparse := [...]int{5: 1, 2, 0: 7}
	fmt.Println(len(sparse), sparse)

	var m [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i * j
		}
	}
	row := m[2]
	row[0] = -1
	fmt.Println(m, row, len(m), len(m[0]))
	m2 := m
	m2[1][1] = 50
	fmt.Println(m == m2, m[1][1], m2[1][1])

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100 // not seen: range works on a copy of the array
		if i == 2 {
			fmt.Println("range copy saw", v)
		}
	}
	arr[2] = 3
	for i, v := range &arr {
		arr[2] = 100 // seen: range over *array reads the array itself
		if i == 2 {
			fmt.Println("range pointer saw", v)
		}
	}
	p := &arr
	p[0] = 9
	fmt.Println(arr, len(p))

	bs := [5]byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(string(bs[:]), bs)
	var flags [3]bool
	flags[1] = true
	fmt.Println(flags)
}
