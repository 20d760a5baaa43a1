// errorcheck -m
// Flows through struct fields, arrays, named and multiple results, range
// over arrays of pointers, branches; and gc's self-assignment rule
// (p.Q = p.Q moves nothing).
package main

type P struct {
	X int
	Q *int
}

type W struct {
	In  P
	Arr [2]*int
}

var gp P
var gs []*int
var gm map[string]*P

func named() (r *int) {
	v := 3 // ERROR "moved to heap: v"
	r = &v
	return
}

func multi() (*int, int) {
	a := 1 // ERROR "moved to heap: a"
	return &a, 2
}

func pass(a, b *int) (*int, *int) { return a, b } // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r1 level=0"

func structVal(p P) *int { return p.Q } // ERROR "leaking param: p to result ~r0 level=0"

func structPtr(p *P) int { return *p.Q } // ERROR "p does not escape"

func arr() int {
	x, y := 1, 2
	a := [2]*int{&x, &y}
	return *a[0]
}

func arrOut() [2]*int {
	x := 1 // ERROR "moved to heap: x"
	return [2]*int{&x, nil}
}

func nest() int {
	z := 5
	var w W
	w.In.Q = &z
	w.Arr[1] = &z
	return *w.In.Q
}

func nestG() {
	z := 5 // ERROR "moved to heap: z"
	var w W
	w.In.Q = &z
	gp = w.In
}

func sliceStruct() int {
	k := 4
	ps := []P{{X: 1, Q: &k}, {X: 2}} // ERROR "\[\]P{...} does not escape"
	return *ps[0].Q
}

func mapStore() {
	m := map[string]*P{} // ERROR "map\[string\]\*P{} escapes to heap"
	m["a"] = &P{X: 1} // ERROR "&P{...} escapes to heap"
	gm = m
}

func ptrPtr() int {
	v := 1
	p := &v
	pp := &p
	return **pp
}

func rangeArr() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	s := 0
	for _, p := range arr {
		s += *p
	}
	return s
}

func selfAssign(p *P) { // ERROR "p does not escape"
	p.Q = p.Q // ERROR "selfAssign ignoring self-assignment in p.Q = p.Q"
}

func sliceAppend() {
	v := 9 // ERROR "moved to heap: v"
	gs = append(gs, &v)
}

func varDecl() *int {
	var n int = 5 // ERROR "moved to heap: n"
	var p *int = &n
	return p
}

func ifElse(c bool) *int {
	a, b := 1, 2 // ERROR "moved to heap: a"
	if c {
		return &a
	} else {
		p := &b
		_ = p
	}
	return nil
}

func switchy(k int) *int {
	x := 1 // ERROR "moved to heap: x"
	switch k {
	case 1:
		return &x
	}
	return nil
}

func main() {
	a, b := 1, 2
	p1, p2 := pass(&a, &b)
	x, y := multi()
	println(*named(), *x, y, *p1, *p2, *structVal(P{Q: &a}), structPtr(&P{Q: &b}), arr(), *arrOut()[0], nest(), sliceStruct(), ptrPtr(), rangeArr(), *varDecl(), ifElse(false) == nil, switchy(0) == nil) // ERROR "&P{...} does not escape"
	nestG()
	mapStore()
	sliceAppend()
	var pp P
	selfAssign(&pp)
}
