// The stepper's line editor (design notes in line_editor.h).
//
// The state is the line, the cursor (a byte index: the stepper's commands
// are ASCII) and the history position; each key is a small edit on them,
// and redraw() repaints the whole line, which is always short.
#include "cli/line_editor.h"

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace govm {

namespace {

// Raw mode for as long as it lives.
class RawMode {
 public:
  explicit RawMode(int fd) : fd_(fd) {
    ok_ = tcgetattr(fd_, &saved_) == 0;
    if (!ok_) return;
    termios raw = saved_;
    raw.c_lflag &= ~(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(fd_, TCSAFLUSH, &raw);
  }
  ~RawMode() {
    if (ok_) tcsetattr(fd_, TCSAFLUSH, &saved_);
  }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;

 private:
  int fd_;
  bool ok_ = false;
  termios saved_{};
};

void write_all(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

// One byte; -1 at end of input or on an error.
int read_byte(int fd) {
  unsigned char c = 0;
  for (;;) {
    const ssize_t n = ::read(fd, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

struct Edit {
  std::string line;
  size_t cursor = 0;
};

void redraw(int fd, const std::string& prompt, const Edit& e) {
  std::string s = "\r" + prompt + e.line + "\x1b[K";
  if (e.cursor < e.line.size()) s += "\x1b[" + std::to_string(e.line.size() - e.cursor) + "D";
  write_all(fd, s);
}

enum class Key { None, Left, Right, Up, Down, Home, End, Delete };

// After ESC: the rest of a CSI or SS3 sequence.
Key escape_sequence(int fd) {
  const int a = read_byte(fd);
  if (a != '[' && a != 'O') return Key::None;
  int b = read_byte(fd);
  if (b >= '0' && b <= '9') {  // ESC [ n ~
    const int digit = b;
    while (b != '~' && b != -1) b = read_byte(fd);
    if (digit == '3') return Key::Delete;
    if (digit == '1' || digit == '7') return Key::Home;
    if (digit == '4' || digit == '8') return Key::End;
    return Key::None;
  }
  switch (b) {
    case 'A': return Key::Up;
    case 'B': return Key::Down;
    case 'C': return Key::Right;
    case 'D': return Key::Left;
    case 'H': return Key::Home;
    case 'F': return Key::End;
    default: return Key::None;
  }
}

}  // namespace

void LineEditor::remember(const std::string& line) {
  if (line.empty() || (!history_.empty() && history_.back() == line)) return;
  history_.push_back(line);
}

std::optional<std::string> LineEditor::read_line(const std::string& prompt) {
  RawMode raw(in_);
  Edit e;
  size_t hist = history_.size();  // history_.size(): the line being typed
  std::string typed;              // kept while browsing the history
  write_all(out_, prompt);
  auto recall = [&](size_t h) {
    if (hist == history_.size()) typed = e.line;
    hist = h;
    e.line = hist == history_.size() ? typed : history_[hist];
    e.cursor = e.line.size();
  };
  for (;;) {
    const int c = read_byte(in_);
    Key k = Key::None;
    if (c == -1) {
      write_all(out_, "\r\n");
      return std::nullopt;
    }
    if (c == '\r' || c == '\n') {
      write_all(out_, "\r\n");
      return e.line;
    }
    if (c == 4) {  // Ctrl-D: end of input on an empty line, else delete
      if (e.line.empty()) {
        write_all(out_, "\r\n");
        return std::nullopt;
      }
      k = Key::Delete;
    } else if (c == 3) {  // Ctrl-C: abandon the line
      write_all(out_, "^C\r\n");
      return std::string("#");  // a comment: the stepper does nothing
    } else if (c == 27) {
      k = escape_sequence(in_);
    } else if (c == 1) {
      k = Key::Home;
    } else if (c == 5) {
      k = Key::End;
    } else if (c == 2) {
      k = Key::Left;
    } else if (c == 6) {
      k = Key::Right;
    } else if (c == 16) {
      k = Key::Up;
    } else if (c == 14) {
      k = Key::Down;
    } else if (c == 127 || c == 8) {
      if (e.cursor > 0) e.line.erase(--e.cursor, 1);
    } else if (c == 11) {
      e.line.erase(e.cursor);
    } else if (c == 21) {
      e.line.clear();
      e.cursor = 0;
    } else if (c >= 32 && c < 127) {
      e.line.insert(e.cursor++, 1, static_cast<char>(c));
    }
    switch (k) {
      case Key::Left: if (e.cursor > 0) --e.cursor; break;
      case Key::Right: if (e.cursor < e.line.size()) ++e.cursor; break;
      case Key::Home: e.cursor = 0; break;
      case Key::End: e.cursor = e.line.size(); break;
      case Key::Delete: if (e.cursor < e.line.size()) e.line.erase(e.cursor, 1); break;
      case Key::Up: if (hist > 0) recall(hist - 1); break;
      case Key::Down: if (hist < history_.size()) recall(hist + 1); break;
      case Key::None: break;
    }
    redraw(out_, prompt, e);
  }
}

}  // namespace govm
