// Struct tags and conversions from slices to array pointers (check2).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions, except "as T value in", today's wording (1.19: "as type
// T in"), and [2]int(s), valid since Go 1.20 and refused as not supported.

package main

type Tagged struct {
	X int `json:"x"`
}

type Plain struct{ X int }

func main() {
	var a struct {
		X int `json:"x"`
	}
	var b struct{ X int }
	var t Tagged = Tagged(b) // fine: tags are ignored by conversions
	var p Plain = Plain(t)
	a = b // ERROR "cannot use b \(variable of type struct{X int}\) as struct{X int .json:\\.x\\..} value in assignment"
	var pa *struct {
		X int "t"
	}
	var _ *Plain = pa // ERROR "cannot use pa \(variable of type \*struct{X int .t.}\) as \*Plain value in variable declaration"
	var _ *Plain = (*Plain)(pa)
	var _ []Plain = []Plain([]Tagged{}) // ERROR "cannot convert \[\]Tagged{} \(value of type \[\]Tagged\) to type \[\]Plain"
	var _ []struct{ X int } = []struct{ X int }([]struct {
		X int "x"
	}{})
	var _ int = a // ERROR "cannot use a \(variable of type struct{X int .json:\\.x\\..}\) as int value in variable declaration"
	s := []int{1, 2}
	_ = (*[2]int)(s)
	_ = (*[0]int)(s)
	_ = (*[2]string)(s)    // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[2\]string"
	_ = (*[]int)(s)        // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[\]int"
	_ = (*[2]int)([]int{}) // fine: panics at run time
	_ = [2]int(s)          // ERROR "govm does not support converting a slice to an array yet"
	_, _ = t, p
}
