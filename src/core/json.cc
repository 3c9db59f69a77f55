// JsonWriter and json_escape: the one place JSON text is made.
#include "strat/json.h"

#include <cassert>
#include <cmath>

#include <fmt/format.h>

#include "strat/text.h"

namespace strat {

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : valid_utf8(text)) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", c);
        else out += ch;
    }
  }
  return out;
}

size_t JsonWriter::indent_depth() const {
  size_t depth = 0;
  for (const Level& l : stack_) depth += l.one_line ? 0 : 1;
  return depth;
}

void JsonWriter::before_value() {
  if (stack_.empty()) return;
  Level& top = stack_.back();
  if (top.object) {
    assert(top.after_key && "JsonWriter: a value in an object needs a key first");
    top.after_key = false;
    return;
  }
  if (!top.empty) out_ += top.one_line ? ", " : ",";
  if (!top.one_line) {
    out_ += '\n';
    out_.append(2 * indent_depth(), ' ');
  }
  top.empty = false;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!stack_.empty() && stack_.back().object && !stack_.back().after_key);
  Level& top = stack_.back();
  if (!top.empty) out_ += top.one_line ? ", " : ",";
  if (!top.one_line) {
    out_ += '\n';
    out_.append(2 * indent_depth(), ' ');
  }
  top.empty = false;
  top.after_key = true;
  out_ += '"';
  out_ += json_escape(name);
  out_ += "\": ";
  return *this;
}

JsonWriter& JsonWriter::open(char bracket, bool object, bool one_line) {
  before_value();
  out_ += bracket;
  stack_.push_back({one_line, object});
  return *this;
}

JsonWriter& JsonWriter::close(char bracket, [[maybe_unused]] bool object) {
  assert(!stack_.empty() && stack_.back().object == object && !stack_.back().after_key);
  Level top = stack_.back();
  stack_.pop_back();
  if (!top.one_line && !top.empty) {
    out_ += '\n';
    out_.append(2 * indent_depth(), ' ');
  }
  out_ += bracket;
  if (stack_.empty()) out_ += '\n';
  return *this;
}

JsonWriter& JsonWriter::begin_object(bool one_line) { return open('{', true, one_line); }
JsonWriter& JsonWriter::end_object() { return close('}', true); }
JsonWriter& JsonWriter::begin_array(bool one_line) { return open('[', false, one_line); }
JsonWriter& JsonWriter::end_array() { return close(']', false); }

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  out_ += '"';
  out_ += json_escape(text);
  out_ += '"';
  if (stack_.empty()) out_ += '\n';
  return *this;
}

JsonWriter& JsonWriter::signed_value(int64_t n) { return number(fmt::format("{}", n)); }
JsonWriter& JsonWriter::unsigned_value(uint64_t n) { return number(fmt::format("{}", n)); }

JsonWriter& JsonWriter::value(double x) {
  if (!std::isfinite(x)) return null();
  return number(fmt::format("{}", x));
}

JsonWriter& JsonWriter::value(bool b) { return number(b ? "true" : "false"); }
JsonWriter& JsonWriter::null() { return number("null"); }

JsonWriter& JsonWriter::number(std::string_view digits) {
  before_value();
  out_ += digits;
  if (stack_.empty()) out_ += '\n';
  return *this;
}

}  // namespace strat
