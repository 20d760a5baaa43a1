// Package os as govm knows it (issue 6): os.Exit only. The program's
// environment, files and processes are the host's, which untrusted
// programs never reach (DESIGN.md, "Untrusted code"): every other name of
// package os is refused as not supported; a name os does not have at all
// is undefined, as gc says it.
//
// os.Exit(code) ends the program at once with that status: deferred calls
// do not run (runtime.os_Exit; codegen_defer.cpp emits the call).
#include <cctype>

#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

// Package os's exported names (Go 1.22), for "undefined" against "not
// supported".
constexpr const char* kOsNames[] = {
    "Args", "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "CopyFS", "Create", "CreateTemp", "DevNull", "DirEntry",
    "DirFS", "Environ", "ErrClosed", "ErrDeadlineExceeded", "ErrExist", "ErrInvalid", "ErrNoDeadline", "ErrNotExist",
    "ErrPermission", "ErrProcessDone", "Executable", "Exit", "Expand", "ExpandEnv", "File", "FileInfo", "FileMode",
    "FindProcess", "Getegid", "Getenv", "Geteuid", "Getgid", "Getgroups", "Getpagesize", "Getpid", "Getppid",
    "Getuid", "Getwd", "Hostname", "Interrupt", "IsExist", "IsNotExist", "IsPathSeparator", "IsPermission",
    "IsTimeout", "Kill", "Lchown", "Link", "LinkError", "LookupEnv", "Lstat", "Mkdir", "MkdirAll", "MkdirTemp",
    "ModeAppend", "ModeCharDevice", "ModeDevice", "ModeDir", "ModeExclusive", "ModeIrregular", "ModeNamedPipe",
    "ModePerm", "ModeSetgid", "ModeSetuid", "ModeSocket", "ModeSticky", "ModeSymlink", "ModeTemporary", "ModeType",
    "NewFile", "NewSyscallError", "O_APPEND", "O_CREATE", "O_EXCL", "O_RDONLY", "O_RDWR", "O_SYNC", "O_TRUNC",
    "O_WRONLY", "Open", "OpenFile", "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr", "Process",
    "ProcessState", "ReadDir", "ReadFile", "Readlink", "Remove", "RemoveAll", "Rename", "SameFile", "Setenv",
    "Signal", "StartProcess", "Stat", "Stderr", "Stdin", "Stdout", "Symlink", "SyscallError", "TempDir", "Truncate",
    "Unsetenv", "UserCacheDir", "UserConfigDir", "UserHomeDir", "WriteFile",
};

std::string lowered(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Object* Checker::os_member(const std::string& name, bool* exists, std::string* near) {
  *exists = false;
  near->clear();
  for (const char* n : kOsNames) {
    if (name == n) *exists = true;
    if (near->empty() && lowered(name) == lowered(n)) *near = n;
  }
  if (!*exists || name != "Exit") return nullptr;
  if (os_exit_ != nullptr) return os_exit_;
  os_exit_ = new_object(ObjKind::Func, name, Pos{}, types_.func({Param{"code", types_.basic(TypeKindC::Int)}}, {}, false));
  os_exit_->package_path = "os";
  natives_[os_exit_] = static_cast<int>(NativeId::os_Exit);
  return os_exit_;
}

}  // namespace govm
