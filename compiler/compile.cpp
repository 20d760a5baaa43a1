// The compiler drivers: source text (or a file) through the four passes of
// compiler.h to an Image. Each pass stops the pipeline when it reports
// errors, as gc does, so later passes only ever see well-formed input.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/types.h"

namespace govm {

namespace {

CompileResult failed(const Diagnostics& diags) {
  CompileResult r;
  r.diagnostics = diags.sorted();
  r.errors_text = diags.format_all();
  return r;
}

// Go spells errno messages in lower case ("no such file or directory").
std::string errno_text(int err) {
  std::string s = std::strerror(err);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z')) {
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  }
  return s;
}

// Reads the whole file; on failure returns false with gc's message
// ("open prog.go: no such file or directory", "read prog.go: is a directory").
bool read_file(const std::string& path, std::string& out, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "open " + path + ": " + errno_text(errno);
    return false;
  }
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = "read " + path + ": " + errno_text(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

}  // namespace

CompileResult compile_source(const std::string& path, const std::string& source) {
  Diagnostics diags(path);
  std::unique_ptr<File> file = parse_file(path, source, diags);
  // As gc, syntax errors stop before type checking; other parse errors
  // (lexical ones) are reported together with the checker's.
  if (!file || diags.syntax_errors() > 0) return failed(diags);
  std::unique_ptr<CheckedPackage> pkg = check_file(*file, diags);
  if (!pkg || diags.has_errors()) return failed(diags);
  analyze_escapes(*pkg);
  std::shared_ptr<const Image> image = generate(*pkg, diags);
  if (!image || diags.has_errors()) return failed(diags);
  CompileResult r;
  r.image = std::move(image);
  for (const EscapeNote& n : pkg->escape_notes)
    r.escapes.push_back(EscapeMessage{n.pos.line, n.pos.col, n.message, n.explanation});
  return r;
}

CompileResult compile_file(const std::string& path) {
  std::string source, error;
  if (!read_file(path, source, error)) {
    CompileResult r;
    Diagnostic d;
    d.message = error;
    r.diagnostics.push_back(d);
    r.errors_text = error + "\n";
    return r;
  }
  return compile_source(path, source);
}

}  // namespace govm
