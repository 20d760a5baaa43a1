// (issue 6, strconv) *strconv.NumError as a program uses it: its fields,
// its Error and Unwrap methods, printing with %v %+v %s %q %T, assertions,
// type switches, comparisons with strconv.ErrSyntax and ErrRange, and a
// NumError the program builds itself.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Config struct {
	Port int
}

func parsePort(s string) (Config, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Config{}, fmt.Errorf("bad port %q: %w", s, err)
	}
	return Config{Port: n}, nil
}

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *strconv.NumError:
		return "NumError in " + e.Func + " for " + e.Num
	default:
		return "other: " + e.Error()
	}
}

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Printf("%v|%+v|%s|%q|%T\n", err, err, err, err, err)
	ne, ok := err.(*strconv.NumError)
	fmt.Println(ok, ne.Func, ne.Num, ne.Err)
	fmt.Println(ne.Err == strconv.ErrSyntax, ne.Err == strconv.ErrRange)
	fmt.Println(ne.Error())
	fmt.Println(ne.Unwrap() == strconv.ErrSyntax)
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
	fmt.Println(strconv.ErrSyntax == strconv.ErrSyntax, strconv.ErrSyntax == strconv.ErrRange)

	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, err.(*strconv.NumError).Err == strconv.ErrRange)
	fmt.Println(describe(err))
	fmt.Println(describe(nil))
	fmt.Println(describe(errors.New("boom")))

	_, err = strconv.ParseInt("12", 99, 64)
	fmt.Println(err)
	e2 := err.(*strconv.NumError)
	fmt.Println(e2.Err == strconv.ErrSyntax, e2.Err)

	c, err := parsePort("80x")
	fmt.Println(c, err)
	c, err = parsePort("8080")
	fmt.Println(c, err)

	mine := &strconv.NumError{Func: "ParseThing", Num: "a\tb\"c", Err: strconv.ErrRange}
	fmt.Println(mine)
	var asErr error = mine
	fmt.Println(asErr.Error())
	nested := &strconv.NumError{Func: "Outer", Num: "x", Err: mine}
	fmt.Println(nested)
	withNew := &strconv.NumError{Func: "F", Num: "n", Err: errors.New("custom")}
	fmt.Println(withNew)
	fmt.Printf("%v\n", *withNew)
	fmt.Printf("%+v\n", *withNew)

	var target *strconv.NumError
	_, err = strconv.ParseUint("-1", 10, 64)
	if e, ok := err.(*strconv.NumError); ok {
		target = e
	}
	fmt.Println(target.Func, target.Num, target.Err)

	ne.Func = "Changed"
	fmt.Println(err, ne)
}
