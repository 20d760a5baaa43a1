// fmt calls String and Error methods (Go's handleMethods): on value and
// pointer receivers, for %v %s %q %x %X but not %d or %#v, on operands and
// inside slices, arrays, maps and exported struct fields (not unexported
// ones), Error before String, and a nil pointer receiver of a value method
// prints <nil>.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Code int

func (c Code) String() string { return "code-" + fmt.Sprint(int(c)) }
func (c Code) Error() string  { return "error-" + fmt.Sprint(int(c)) }

type Wrapper struct {
	Temp  Celsius
	temp  Celsius
	Where *Point
	Codes []Code
}

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Counter struct{ n int }

func (c *Counter) String() string {
	c.n++
	return fmt.Sprint("counter ", c.n)
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v|%s|%q|%x|%X|%d|%#v|%5.1f|%T\n", c, c, c, c, c, c, c, c, c)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", &p, &p, []*Point{&p, {3, 4}})
	var code Code = 7
	fmt.Println(code)
	fmt.Printf("%v %s %d %q\n", code, code, code, code)
	w := Wrapper{Temp: 30, temp: 40, Where: &p, Codes: []Code{1, 2}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Celsius{1, 2.25}, [2]Name{"a", "b"}, map[Name]Celsius{"x": 5, "a": -1})
	var np *Point
	var nc *Celsius
	fmt.Println(nc)
	fmt.Printf("[%v] [%s] [%10v]\n", nc, nc, nc)
	_ = np
	s := fmt.Sprintf("%v and %v", c, Name("bob"))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(Name("x"), Name("y")), fmt.Sprintln(code, c))
	var ctr Counter
	fmt.Println(&ctr, &ctr, &ctr)
	fmt.Printf("%-12v|%12s|\n", Name("pad"), c)
	fmt.Printf("%x %X % x\n", Name("hi"), Name("hi"), Name("hi"))
}
