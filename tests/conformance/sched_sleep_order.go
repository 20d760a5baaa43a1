// Goroutines sleeping different times wake in the order of their deadlines,
// whatever the order they were started in: each sends its name when it
// wakes and main prints them in arrival order. The sleeps are 40 ms apart
// so that real Go orders them on a loaded machine too.
package main

import (
	"fmt"
	"time"
)

func sleeper(name string, d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- name
}

func main() {
	out := make(chan string)
	go sleeper("c", 120*time.Millisecond, out)
	go sleeper("a", 40*time.Millisecond, out)
	go sleeper("d", 160*time.Millisecond, out)
	go sleeper("b", 80*time.Millisecond, out)
	for i := 0; i < 4; i++ {
		fmt.Println(<-out)
	}
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println(int64(time.Millisecond), int64(time.Second), int64(3*time.Microsecond))
	fmt.Println(int64(time.Minute), int64(time.Hour/time.Second))
}
