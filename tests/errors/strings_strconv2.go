// Packages strings and strconv (issue 6): what govm refuses. strconv.Atoi
// and ParseInt return an error (interfaces are not supported yet), the
// other names of the packages are refused by name, and so are the results
// of a Builder's Write methods (an int and an error).
//
// go 1.19 builds this file without errors.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	n, err := strconv.Atoi("12")           // ERROR "govm does not support strconv\.Atoi yet"
	v, _ := strconv.ParseInt("12", 10, 64) // ERROR "govm does not support strconv\.ParseInt yet"
	_ = strings.Cut                        // ERROR "govm does not support strings\.Cut yet"
	_ = b.Cap()                            // ERROR "govm does not support \(\*strings\.Builder\)\.Cap yet"
	m, e := b.WriteString("x")             // ERROR "govm does not support using the results of b\.WriteString yet"
	fmt.Println(n, err, v, m, e)
}
