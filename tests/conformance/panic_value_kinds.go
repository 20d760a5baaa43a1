// panic with a value of a basic kind other than string and int: a uint8
// prints in decimal (not as a character), as print does.
package main

func last(b []byte) byte {
	return b[len(b)-1]
}

func main() {
	v := last([]byte("hi!"))
	println("got", v)
	panic(v)
}
