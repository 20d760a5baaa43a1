// panic with a value of a defined string type: the name, then the bytes
// between quotes, not escaped.
package main

type Reason string

func main() {
	r := Reason(`say "hi"`)
	panic(r)
}
