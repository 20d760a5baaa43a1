// Function values (issue 6, func): package functions as values, function
// types as parameters, results, struct fields, map and slice elements,
// channel elements and globals; comparison with nil.
package main

import "fmt"

type op func(int, int) int

type calc struct {
	name string
	f    func(int, int) int
}

var global func(string) string

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func shout(s string) string { return s + "!" }

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

func twice(f func(string) string, s string) string { return f(f(s)) }

func pair() (func(int, int) int, op) { return mul, sub }

func main() {
	f := add
	fmt.Println(f(2, 3), apply(sub, 10, 4), apply(f, 1, 1))

	var g func(int, int) int
	fmt.Println(g == nil, f != nil, nil == g)
	g = mul
	fmt.Println(g(6, 7), g != nil)

	calcs := []calc{{"add", add}, {"sub", sub}, {"mul", mul}}
	for _, c := range calcs {
		fmt.Println(c.name, c.f(8, 2))
	}

	table := map[string]op{"add": add, "mul": mul}
	fmt.Println(table["add"](1, 2), table["mul"](3, 4), table["none"] == nil)

	fs := []func(int, int) int{add, sub, mul}
	total := 0
	for i, h := range fs {
		total += h(i+1, 2)
	}
	fmt.Println(total)

	var arr [2]op
	arr[0] = add
	fmt.Println(arr[0](5, 5), arr[1] == nil)

	global = shout
	fmt.Println(global("hey"), twice(global, "go"))

	if p := pick("sub"); p != nil {
		fmt.Println("sub", p(9, 3))
	}
	fmt.Println(pick("div") == nil)

	m, s := pair()
	fmt.Println(m(3, 3), s(3, 3))

	ch := make(chan func(int, int) int, 2)
	ch <- add
	ch <- mul
	a, b := <-ch, <-ch
	fmt.Println(a(2, 2), b(2, 2))

	ptr := &calcs[2]
	ptr.f = add
	fmt.Println(calcs[2].f(1, 1))

	var o op = sub
	fmt.Println(o(1, 2), op(add)(1, 2))
}
