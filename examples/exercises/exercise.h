// What every exercise checker shares: which Go file it checks.
//
// A checker is a GoogleTest program run on one Go file, the student's
// starter.go once edited, or the reference solution.go:
//
//   check_no_alloc [gtest flags] path/to/starter.go
//   GOVM_EXERCISE=path/to/starter.go check_no_alloc
//
// exercise_main.cpp holds the main that reads it; the checkers hold only
// their tests, written against <govm/govm.h>.
#pragma once

#include <string>

// The path of the Go file under test, as given (it names the file in
// compile errors and escape messages).
const std::string& exercise_path();
