// errorcheck -m
// escape/gc: skip (today's Go clones a failed parse's input into its *NumError, so s does not escape; gc 1.19 says "leaking param: s")
// (issue 6, strconv) strconv's parsing by today's gc tags: Atoi, ParseInt,
// ParseUint and ParseBool keep nothing of s (Go 1.20+ copies it into the
// error: stringslite.Clone), so string(bs) stays on the stack;
// (*NumError).Error leaks what e points to (e.Err.Error() is an interface
// call), Unwrap returns e.Err (e to result level 1), as gc 1.19 tags them.
package main

import "strconv"

var sink string
var sinkErr error

func parse(bs []byte) (int, error) { // ERROR "bs does not escape"
	return strconv.Atoi(string(bs)) // ERROR "string\(bs\) does not escape"
}

func parseInt(bs []byte) int64 { // ERROR "bs does not escape"
	n, _ := strconv.ParseInt(string(bs), 0, 64) // ERROR "string\(bs\) does not escape"
	u, _ := strconv.ParseUint(string(bs), 10, 8) // ERROR "string\(bs\) does not escape"
	b, _ := strconv.ParseBool(string(bs))        // ERROR "string\(bs\) does not escape"
	if b {
		return n + int64(u)
	}
	return n
}

func describe(ne *strconv.NumError) { // ERROR "leaking param content: ne"
	sink = ne.Error()
}

func local() int {
	ne := strconv.NumError{Func: "F", Num: "x", Err: strconv.ErrSyntax}
	return len(ne.Error())
}

func reason(ne *strconv.NumError) { // ERROR "leaking param content: ne"
	sinkErr = ne.Unwrap()
}

func main() {
	_, _ = parse([]byte("12")) // ERROR "\(\[\]byte\)\(.12.\) does not escape"
	_ = parseInt([]byte("12")) // ERROR "\(\[\]byte\)\(.12.\) does not escape"
	describe(nil)
	_ = local()
	reason(nil)
}
