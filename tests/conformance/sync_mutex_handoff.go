// A Mutex is not owned by a goroutine: one goroutine may unlock what
// another locked. main locks; a goroutine's Lock waits until main unlocks;
// the goroutine then holds the lock, and main's next Lock waits for the
// goroutine's Unlock. Channels order the prints.
package main

import (
	"fmt"
	"sync"
)

func taker(mu *sync.Mutex, started chan<- bool, got chan<- bool, release <-chan bool) {
	started <- true
	mu.Lock()
	got <- true
	<-release
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	started := make(chan bool)
	got := make(chan bool)
	release := make(chan bool)
	mu.Lock()
	go taker(&mu, started, got, release)
	<-started
	select {
	case <-got:
		fmt.Println("taker got the lock while main held it")
	default:
		fmt.Println("taker waits for the lock")
	}
	mu.Unlock()
	<-got
	fmt.Println("taker holds the lock")
	release <- true
	mu.Lock()
	fmt.Println("main has it again")
	mu.Unlock()
}
