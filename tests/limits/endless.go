// An endless loop: only a step or time limit ends it. (tests/run-limits.py)
//
// govm run --timeout=300ms => exit 124: govm: program exceeded --timeout=300ms of wall-clock time
// govm run --timeout 1.5s => exit 124: govm: program exceeded --timeout=1.5s of wall-clock time
// govm run --max-steps=1000 => exit 124: govm: program exceeded --max-steps=1000 instructions
// govm run --max-steps=5000000 --timeout=1m => exit 124: govm: program exceeded --max-steps=5000000 instructions
// govm run --timeout=10 => exit 2: govm: invalid value "10" for flag --timeout: want a duration such as 10s, 500ms or 2m
// govm run --timeout=-1s => exit 2: govm: invalid value "-1s" for flag --timeout: want a duration such as 10s, 500ms or 2m
// govm run --timeout=1d => exit 2: govm: invalid value "1d" for flag --timeout: want a duration such as 10s, 500ms or 2m
// govm run --timeout= => exit 2: govm: invalid value "" for flag --timeout: want a duration such as 10s, 500ms or 2m
// govm run --max-steps=1K => exit 2: govm: invalid value "1K" for flag --max-steps
package main

var n int

func main() {
	for {
		n++
	}
}
