// The program's output in the govm command.
//
// A Go program's os.Stdout is unbuffered, but a program that prints a line
// per iteration would cost a system call per line here; so stdout is
// buffered and written in large blocks. What the user sees must still
// interleave as Go's would: anything bound for stderr (the program's own
// println, a panic report, a trace line, a govm log line) first flushes
// stdout. The buffer is also flushed when the command ends.
#include "cli/fd_output.h"

#include <cerrno>
#include <unistd.h>

namespace govm {

namespace {

constexpr size_t kFlushAt = 64 * 1024;

// write(2) until all is written; gives up silently on an error (a closed
// pipe), as there is nowhere left to report it.
void write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    const ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    s.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

FdOutput::~FdOutput() { flush(); }

void FdOutput::write_stdout(std::string_view s) {
  buf_.append(s);
  if (buf_.size() >= kFlushAt) flush();
}

void FdOutput::write_stderr(std::string_view s) {
  flush();
  write_all(2, s);
}

void FdOutput::flush() {
  write_all(1, buf_);
  buf_.clear();
}

}  // namespace govm
