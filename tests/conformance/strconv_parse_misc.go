// (issue 6, strconv) ParseUint, ParseBool and FormatBool as Go returns them.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "255", "256", "-1", "+1", "18446744073709551615", "18446744073709551616",
		"0xff", "1_0", "", "abc"} {
		for _, bits := range []int{8, 64} {
			u, err := strconv.ParseUint(s, 0, bits)
			fmt.Printf("ParseUint(%q, 0, %d) = %d, %v\n", s, bits, u, err)
		}
	}
	u, err := strconv.ParseUint("777", 8, 0)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("1", 40, 0)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("1", 10, 70)
	fmt.Println(u, err)
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False",
		"yes", "", "tRUE", " true"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %t, %v\n", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.FormatBool(1 < 2))
	s := strconv.FormatBool(false) + "!"
	fmt.Println(s, len(s))
}
