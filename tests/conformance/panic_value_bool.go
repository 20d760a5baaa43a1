// panic with a bool value.
package main

func ok(n int) bool { return n%2 == 0 }

func main() {
	panic(ok(4))
}
