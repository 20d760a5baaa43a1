// The text verifier: what the interpreter may assume about the code it runs.
// (Design notes in verify.cpp.)
#pragma once

#include <string>

namespace govm {

struct Image;

// Checks the text segment of `image` once, before it runs. Returns an empty
// string when it is well formed, else a description of the first problem
// (a compiler or linker bug: the machine reports it as an internal error).
std::string verify_text(const Image& image);

}  // namespace govm
