// A string that doubles 20 times (32 MiB of heap allocated in all): under
// the default limits it runs to its end; --max-heap stops it before the
// allocation that would pass the limit, after a collection has freed every
// older string: s and its double must fit together. (tests/run-limits.py)
//
// govm run => exit 0
// govm run --max-heap=0 --max-output=0 --timeout=0 => exit 0
// govm run --max-heap=64M --max-output=1M --max-steps=100000000 --timeout=1m => exit 0
// govm run --max-heap=64K => exit 124: govm: program exceeded --max-heap=64K (heap would reach 98304 bytes)
// govm run --max-heap 1M => exit 124: govm: program exceeded --max-heap=1M (heap would reach 1572864 bytes)
// govm run --max-heap=1T => exit 2: govm: invalid value "1T" for flag --max-heap: want bytes, with an optional K, M or G suffix
// govm run --max-heap=64MB => exit 2: govm: invalid value "64MB" for flag --max-heap: want bytes, with an optional K, M or G suffix
package main

import "fmt"

func main() {
	s := "0123456789abcdef"
	for n := 0; n < 20; n++ {
		s = s + s
		fmt.Println(n, len(s))
	}
}
