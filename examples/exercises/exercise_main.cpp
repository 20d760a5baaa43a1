// The main of every exercise checker: GoogleTest takes its own flags, the
// one argument left (or $GOVM_EXERCISE) is the Go file to check.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "exercise.h"

namespace {
std::string g_path;
}

const std::string& exercise_path() { return g_path; }

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  if (argc == 2) {
    g_path = argv[1];
  } else if (const char* env = std::getenv("GOVM_EXERCISE"); argc == 1 && env && *env) {
    g_path = env;
  } else {
    std::fprintf(stderr, "usage: %s [gtest flags] FILE.go   (or set GOVM_EXERCISE=FILE.go)\n", argv[0]);
    return 64;  // EX_USAGE: not a failing exercise
  }
  return RUN_ALL_TESTS();
}
