// The program's output in the govm command: stdout buffered to fd 1,
// stderr written through to fd 2. (Design notes in fd_output.cpp.)
#pragma once

#include <string>
#include <string_view>

#include "runtime/runtime.h"

namespace govm {

class FdOutput final : public Output {
 public:
  FdOutput() = default;
  ~FdOutput() override;
  FdOutput(const FdOutput&) = delete;
  FdOutput& operator=(const FdOutput&) = delete;

  void write_stdout(std::string_view s) override;
  void write_stderr(std::string_view s) override;
  // Writes what stdout holds; call before anything else writes to fd 1 or 2.
  void flush();

 private:
  std::string buf_;  // stdout not yet written
};

}  // namespace govm
