// errorcheck -m
// panic(v) converts v to interface{}: a value that is not pointer-shaped
// is copied to the heap (gc's convT), constants included, and a pointer
// passed to panic leaks its variable (a concatenation is reported twice:
// its string and its conversion). gc reports the conversion where its
// position cursor stood: the last operand that is not a constant, or
// panic's '(' for a constant. Checked against gc 1.19 -m -l.
package main

type Code int

type Point struct{ X, Y int }

func fail(n int) {
	if n > 2 {
		panic(n) // ERROR "n escapes to heap"
	}
	if n > 1 {
		panic("too big") // ERROR ".too big. escapes to heap"
	}
	if n > 0 {
		panic(Code(n)) // ERROR "Code\(n\) escapes to heap"
	}
	p := Point{n, n} // ERROR "moved to heap: p"
	if n < -1 {
		panic(&p)
	}
	panic(p) // ERROR "p escapes to heap"
}

func where(n int, p *Point, s string, m map[int]int) { // ERROR "p does not escape" "leaking param: s" "m does not escape"
	if n > 0 {
		panic(-n) // ERROR "-n escapes to heap"
	}
	if n > 1 {
		panic(*p) // ERROR "\*p escapes to heap"
	}
	if n > 2 {
		panic("a" + s) // ERROR ".a. \+ s escapes to heap"
	}
	if n > 3 {
		panic(s[1:]) // ERROR "s\[1:\] escapes to heap"
	}
	if n > 4 {
		panic(p.X + n) // ERROR "p.X \+ n escapes to heap"
	}
	if n > 5 {
		panic(m[n]) // ERROR "m\[n\] escapes to heap"
	}
	if n > 6 {
		panic(Code(n + 1)) // ERROR "Code\(n \+ 1\) escapes to heap"
	}
	if n > 7 {
		panic(int64(len(s))) // ERROR "int64\(len\(s\)\) escapes to heap"
	}
	panic(Point{1, 2}) // ERROR "Point{...} escapes to heap"
}

func main() {
	fail(1)
	where(1, nil, "", nil)
}
