// go statements calling methods: pointer and value receivers (the
// receiver evaluated at the go statement), promoted methods, interface
// methods, method expressions.
package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	id  int
	out chan string
}

func (w *Worker) Run(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	w.out <- fmt.Sprint("worker ", w.id, " did ", n)
}

func (w Worker) Report(ch chan<- int) { ch <- w.id * 100 }

type Team struct {
	Worker
	name string
}

type Runner interface{ Go(ch chan int) }

type Job struct{ k int }

func (j Job) Go(ch chan int) { ch <- j.k }

type PJob struct{ k int }

func (j *PJob) Go(ch chan int) { ch <- j.k * 2 }

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	w := Worker{id: 1, out: out}
	wg.Add(2)
	go w.Run(5, &wg)
	t := Team{Worker{2, out}, "t"}
	go t.Run(6, &wg)
	wg.Wait()
	a, b := <-out, <-out
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)

	ch := make(chan int)
	v := Worker{id: 3}
	go v.Report(ch)
	v.id = 4 // the goroutine got a copy
	fmt.Println(<-ch)
	go Worker.Report(v, ch)
	fmt.Println(<-ch)

	rs := []Runner{Job{7}, &PJob{8}}
	c2 := make(chan int, 2)
	for _, r := range rs {
		go r.Go(c2)
	}
	x, y := <-c2, <-c2
	fmt.Println(x + y)
}
