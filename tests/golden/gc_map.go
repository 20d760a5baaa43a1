// A map from names to records: deleting an entry makes its key's bytes and
// its record garbage; runtime.GC() frees them and keeps the rest (the map's
// header and buckets are reached from the global, the live entries' keys
// and records from the buckets).
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	name string
	age  int
}

var people map[string]*record

func add(first, last string, age int) {
	name := first + " " + last
	people[name] = &record{name: name, age: age}
}

func main() {
	people = make(map[string]*record)
	add("Ada", "Lovelace", 36)
	add("Alan", "Turing", 41)
	delete(people, "Alan Turing")
	runtime.GC()
	fmt.Println(len(people), people["Ada Lovelace"].age)
}
