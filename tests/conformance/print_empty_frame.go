// The print builtins in functions whose frames are otherwise empty: the
// runtime calls without arguments (printlock, printnl) need no frame slot.
package main

func show(j int) { println(j) }

func nothing() { println() }

func main() {
	println()
	show(3)
	nothing()
	print(4)
	print()
	println()
}
