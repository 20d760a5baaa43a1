// More strings: ranging over what is not a string, and valid uses.
//
// Checked against go 1.19: same positions; today's wording ("as int8
// value", 1.19: "as type int8").

package main

func main() {
	b := true
	for range b { // ERROR "cannot range over b \(variable of type bool\)"
	}
	s := "héllo"
	var n int = len(s)
	var c byte = s[1]
	var t string = s[1:3] + s[:2] + s[3:]
	for i, r := range s {
		var rr rune = r
		_, _ = i, rr
	}
	const k = len("four")
	var arr int8 = k // ERROR "cannot use k \(constant 4 of type int\) as int8 value in variable declaration"
	_, _, _, _ = n, c, t, arr
	var bad int8 = len("four") + 200 // ERROR "cannot use len\(.four.\) \+ 200 \(constant 204 of type int\) as int8 value in variable declaration"
}
