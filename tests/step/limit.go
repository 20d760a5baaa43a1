package main

type node struct {
	next *node
	val  int
}

func main() {
	var head *node
	for i := 0; ; i++ {
		head = &node{head, i}
	}
}
