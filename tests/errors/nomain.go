package main // ERROR "function main is undeclared in the main package"

// A main package without func main.
//
// gc reports this from its linker, without a position
// ("runtime.main_main·f: function main is undeclared in the main package");
// govm reports it at the package clause.

func helper() {}
