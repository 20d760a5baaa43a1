// A program that starts a goroutine per iteration, each blocked forever,
// until --max-goroutines stops it. --preempt and --sched-seed take counts.
//
// govm run --max-goroutines=100 => exit 124: govm: program exceeded --max-goroutines=100 (goroutines existing at once)
// govm run --max-goroutines=1000 => exit 124: govm: program exceeded --max-goroutines=1000 (goroutines existing at once)
// govm run --max-goroutines=0 => exit 2: fatal error: all goroutines are asleep - deadlock!
// govm run --max-goroutines=lots => exit 2: govm: invalid value "lots" for flag --max-goroutines
// govm run --preempt=-1 => exit 2: govm: invalid value "-1" for flag --preempt
// govm run --sched-seed=x => exit 2: govm: invalid value "x" for flag --sched-seed
// govm run --preempt=1 --sched-seed=3 => exit 2: fatal error: all goroutines are asleep - deadlock!
package main

func wait(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	for i := 0; i < 5000; i++ {
		go wait(c)
	}
	<-c
}
