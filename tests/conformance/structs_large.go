// Large structs as values: a struct holding a [64]int array is copied whole
// on assignment, on calls and on return; pointers avoid the copy; a
// recursive type through a pointer field; a struct of strings compared
// with ==; struct arrays compared; zeroing by assigning the zero value.
package main

import "fmt"

type Matrix struct {
	Rows, Cols int
	Data       [64]int
}

type Tree struct {
	Label    string
	Children []*Tree
}

type Person struct {
	First, Last string
	Age         int
}

func identity(n int) Matrix {
	m := Matrix{Rows: n, Cols: n}
	for i := 0; i < n; i++ {
		m.Data[i*n+i] = 1
	}
	return m
}

func trace(m Matrix) int {
	t := 0
	for i := 0; i < m.Rows; i++ {
		t += m.Data[i*m.Cols+i]
	}
	m.Data[0] = 1000 // the caller's copy is untouched
	return t
}

func scale(m *Matrix, k int) {
	for i := range m.Data {
		m.Data[i] *= k
	}
}

func size(t *Tree) int {
	n := 1
	for _, c := range t.Children {
		n += size(c)
	}
	return n
}

func main() {
	m := identity(8)
	fmt.Println(trace(m), m.Data[0])
	m2 := m
	scale(&m2, 3)
	fmt.Println(trace(m), trace(m2), m == m2)
	scale(&m2, 0)
	m2.Rows, m2.Cols = 8, 8
	fmt.Println(m2 == Matrix{Rows: 8, Cols: 8}, m2 == m)
	m = Matrix{}
	fmt.Println(m.Rows, m.Data[9], m == Matrix{})

	root := &Tree{Label: "root"}
	for i := 0; i < 3; i++ {
		child := &Tree{Label: "c" + string(rune('0'+i))}
		for j := 0; j < i; j++ {
			child.Children = append(child.Children, &Tree{Label: "leaf"})
		}
		root.Children = append(root.Children, child)
	}
	fmt.Println(size(root), len(root.Children[2].Children), root.Children[1].Label)

	a := Person{"Ada", "Lovelace", 36}
	b := Person{"Ada", "Love" + "lace", 36}
	fmt.Println(a == b, a != Person{First: "Ada"})
	team1 := [2]Person{a, {"Alan", "Turing", 41}}
	team2 := team1
	fmt.Println(team1 == team2)
	team2[1].Age++
	fmt.Println(team1 == team2, team1[1].Age, team2[1].Age)
	fmt.Printf("%v\n%+v\n", team1, team2[1])
}
