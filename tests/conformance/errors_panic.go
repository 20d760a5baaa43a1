// panic(err) of an errors.New error prints its text, as Go does.
package main

import "errors"

func main() {
	err := errors.New("boom")
	println(err != nil)
	panic(err)
}
