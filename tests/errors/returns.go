// Return statements and missing returns.
//
// Checked against go 1.19: identical messages and positions ("missing
// return" at the closing brace; "not enough return values" at the last
// value, "too many" at the first extra one).

package main

func a() int {
} // ERROR "missing return"

func b(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func d(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func e() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func f() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func g() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)"
}

func h() (x int) {
	return // named results: fine
}

func i() (x, y int) {
	return "a", 2 // ERROR "cannot use .a. \(untyped string constant\) as int value in return statement"
}

func ok1(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func ok2(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 2
	}
}

func ok3() int {
	for {
	}
}

func main() {}
