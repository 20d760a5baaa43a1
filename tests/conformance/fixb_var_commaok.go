// var v, ok = m[k], in a function and at package level, as v, ok := m[k]
// (diff3 B10): the value (zero when absent) and whether the key is there.
package main

import "fmt"

type P struct{ x, y int }

var gm = map[string]int{"a": 1}
var gv, gok = gm["a"]
var gz, gnok = gm["zz"]
var gp, gpok = map[P][]string{{1, 2}: {"q"}}[P{1, 2}]

func main() {
	var v, ok = gm["a"]
	var w, found = gm["b"]
	var s, sok bool = map[int]bool{1: true}[1]
	var big, bok = map[int][3]string{7: {"x", "y", "z"}}[7]
	fmt.Println(v, ok, w, found, s, sok, big, bok)
	fmt.Println(gv, gok, gz, gnok, gp, gpok)
	var _, only = gm["a"]
	fmt.Println(only)
}
