// The second part of docs/stepping.md's lesson: a goroutine whose
// recursion outgrows its first stack, and a panic.
package main

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + pad[n%8]
}

func worker(c chan int) {
	c <- depth(40)
}

func main() {
	c := make(chan int)
	go worker(c)
	total := <-c
	scores := []int{total, 2, 3}
	i := total / 200
	println(scores[i])
}
