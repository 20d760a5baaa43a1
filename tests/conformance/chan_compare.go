// Channels are comparable: two channel values are equal when they come
// from the same make (or are both nil), so they work as map keys; a
// directional view of a channel equals the channel.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	var n chan int
	fmt.Println(a == c, a == b, n == nil, a != nil)
	var recv <-chan int = a
	var send chan<- int = b
	fmt.Println(recv == a, send == b, send == a)

	names := map[chan int]string{a: "a", b: "b"}
	names[c] = "c (same as a)"
	fmt.Println(len(names), names[a], names[b])
	_, ok := names[n]
	fmt.Println(ok)
}
