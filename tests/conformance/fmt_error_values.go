// fmt prints error values through their Error method (an iface's itab
// gives the dynamic type), in operands, struct fields and slices; a nil
// error prints <nil>; GoString serves %#v.
package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Level int

func (l Level) Error() string  { return fmt.Sprintf("level %d", int(l)) }
func (l Level) String() string { return "never used: Error comes first" }

type Hex int

func (h Hex) GoString() string { return fmt.Sprintf("Hex(%#x)", int(h)) }

type Result struct {
	Err  error
	Code Level
}

func find(k string) error {
	if k == "" {
		return nil
	}
	return &NotFound{k}
}

func main() {
	e := find("x")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%x|%d\n", e, e, e, e, Level(3))
	var none error = find("")
	fmt.Println(none, none == nil)
	fmt.Printf("%v %s %d\n", none, none, none)
	var std error = Level(1)
	fmt.Println(std, []error{std, e, Level(2)})
	r := Result{Err: e, Code: 4}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(Hex(255))
	fmt.Printf("%#v %v %#v\n", Hex(255), Hex(16), []Hex{1, 2})
	msg := fmt.Sprint(e, " / ", Level(9))
	fmt.Println(msg)
	var lv error = Level(5)
	fmt.Println(lv, fmt.Sprintf("[%8v]", lv))
}
