// Packages strings and strconv (issue 6): what govm refuses. The names of
// the packages outside govm's subset are refused by name (strconv.Atoi and
// ParseInt are supported since issue 6's strconv work), and so are the
// results of a Builder's Write methods (an int and an error).
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
	n, err := strconv.Atoi("12")
	v, _ := strconv.ParseInt("12", 10, 64)
	_ = strconv.ParseFloat                 // ERROR "govm does not support strconv\.ParseFloat yet"
	_ = strings.Cut                        // ERROR "govm does not support strings\.Cut yet"
	_ = b.Cap()                            // ERROR "govm does not support \(\*strings\.Builder\)\.Cap yet"
	m, e := b.WriteString("x")             // ERROR "govm does not support using the results of b\.WriteString yet"
	fmt.Println(n, err, v, m, e)
}
