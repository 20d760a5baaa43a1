// A program that prints for ever: --max-output cuts it. (tests/run-limits.py)
//
// govm run --max-output=1K => exit 124: govm: program exceeded --max-output=1K (output cut at 1024 bytes)
// govm run --max-output 100 => exit 124: govm: program exceeded --max-output=100 (output cut at 100 bytes)
// govm run --max-output=0 --max-steps=2000000 => exit 124: govm: program exceeded --max-steps=2000000 instructions
// govm run --max-output=1X => exit 2: govm: invalid value "1X" for flag --max-output: want bytes, with an optional K, M or G suffix
// govm run --max-output=-1 => exit 2: govm: invalid value "-1" for flag --max-output: want bytes, with an optional K, M or G suffix
package main

import "fmt"

func main() {
	for i := 0; ; i++ {
		fmt.Println("line", i)
		println("err", i)
	}
}
