// A field's value: its text (made only for values shown or hashed) and the comparison.
#include <algorithm>
#include <bit>
#include <cstdint>

#include <fmt/format.h>

#include "diff/entities.h"

namespace strat::diff {
namespace {

template <class T, class Item>
std::string join(const std::vector<T>& items, std::string_view sep, Item item) {
  std::string out;
  for (const T& x : items) {
    if (!out.empty()) out += sep;  // as before: an empty first item adds no separator
    out += item(x);
  }
  return out;
}

std::string span_text(const Located<DaySpan>& x) {
  return x.value.first.str() + (x.value.last == x.value.first ? "" : ".." + x.value.last.str());
}

/// Equal values give equal text (not always the other way round: "a, b" as one ref or two).
struct Equal {
  template <class T, class U>
  bool operator()(const T&, const U&) const { return false; }
  template <class T>
  bool operator()(const T& a, const T& b) const { return a == b; }
  bool operator()(double a, double b) const {  // 0 and -0 compare equal but print apart
    return std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b);
  }
  bool operator()(const Every* a, const Every* b) const { return *a == *b; }
  bool operator()(const std::vector<Ref>* a, const std::vector<Ref>* b) const {
    return std::equal(a->begin(), a->end(), b->begin(), b->end(),
                      [](const Ref& x, const Ref& y) { return x.id == y.id; });
  }
  bool operator()(const std::vector<std::string>* a, const std::vector<std::string>* b) const { return *a == *b; }
  bool operator()(const std::vector<Located<DaySpan>>* a, const std::vector<Located<DaySpan>>* b) const {
    return std::equal(a->begin(), a->end(), b->begin(), b->end(),
                      [](const auto& x, const auto& y) { return x.value == y.value; });
  }
};

}  // namespace

std::string Field::text() const {
  return std::visit(
      Overload{
          [](std::string_view s) { return std::string(s); },
          [](double x) { return fmt::format("{}", x); },
          [](const Every* e) { return e->str(); },
          [](const std::vector<Ref>* rs) { return join(*rs, ", ", [](const Ref& r) -> const std::string& { return r.id; }); },
          [](const std::vector<std::string>* ss) {
            return join(*ss, "; ", [](const std::string& s) -> const std::string& { return s; });
          },
          [](const std::vector<Located<DaySpan>>* xs) { return join(*xs, ", ", span_text); },
          [](const auto& x) { return x.str(); },  // Date, Money, Interval, TimeOfDay, Minutes
      },
      value);
}

bool Field::same(const Field& other) const {
  if (std::visit(Equal{}, value, other.value)) return true;
  if (std::holds_alternative<std::string_view>(value) && std::holds_alternative<std::string_view>(other.value))
    return false;  // text already: unequal is unequal
  return text() == other.text();
}

const Field* Fields::find(std::string_view name) const {
  for (const Field& f : *this)
    if (f.name == name) return &f;
  return nullptr;
}

void Fields::add(std::string_view name, Value value, Pos pos) {
  // An absent value is left out: two sides compare it as empty. Only text and lists can read
  // as empty (a list of empty ids too); dates, amounts and the like always have text.
  bool empty = std::visit(
      Overload{
          [](std::string_view s) { return s.empty(); },
          [](const std::vector<Ref>* rs) {
            return std::all_of(rs->begin(), rs->end(), [](const Ref& r) { return r.id.empty(); });
          },
          [](const std::vector<std::string>* ss) {
            return std::all_of(ss->begin(), ss->end(), [](const std::string& s) { return s.empty(); });
          },
          [](const std::vector<Located<DaySpan>>* xs) { return xs->empty(); },
          [](const auto&) { return false; },
      },
      value);
  if (!empty) items_.at(size_++) = {name, value, pos};  // at(): kMax too small throws, never overflows
}

}  // namespace strat::diff
