// Suppression comments: found in the text, matched against the findings of their file.
#include "strat/suppress.h"

#include <unordered_map>

#include <fmt/format.h>

#include "strat/rule_table.h"
#include "strat/text.h"

namespace strat {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::vector<Comment> yaml_comments(std::string_view text) {
  std::vector<Comment> out;
  enum class Quote { none, single, dbl } quote = Quote::none;
  int flow = 0;    // depth of [ ] and { } collections
  int block = -1;  // inside a block scalar: its lines are indented more than this
  uint32_t line = 0;
  for (size_t start = 0; start <= text.size(); ++line) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view l = text.substr(start, end - start);
    start = end + 1;
    if (l.ends_with('\r')) l.remove_suffix(1);
    int indent = static_cast<int>(std::min(l.find_first_not_of(' '), l.size()));
    if (block >= 0) {
      if (indent == static_cast<int>(l.size()) || indent > block) continue;  // block scalar text
      block = -1;
    }
    bool at_value = quote == Quote::none;  // the next character starts a node
    int owner = indent;                    // indentation of the node a block scalar would belong to
    int key = indent;                      // column where the current plain or quoted scalar began
    bool header = false;                   // a block scalar header on this line
    for (size_t i = 0; i < l.size(); ++i) {
      char c = l[i];
      if (quote == Quote::single) {
        if (c == '\'') {
          if (i + 1 < l.size() && l[i + 1] == '\'') ++i;
          else quote = Quote::none;
        }
        continue;
      }
      if (quote == Quote::dbl) {
        if (c == '\\') ++i;
        else if (c == '"') quote = Quote::none;
        continue;
      }
      if (is_blank(c)) continue;
      if (c == '#' && (i == 0 || is_blank(l[i - 1]))) {
        out.push_back({{line + 1, static_cast<uint32_t>(i + 1)}, l.substr(i + 1)});
        break;
      }
      bool spaced = i + 1 == l.size() || is_blank(l[i + 1]);
      if (at_value) {
        if ((c == '-' || c == '?' || c == ':') && spaced) {
          if (c != ':') owner = static_cast<int>(i);
        } else if (c == '[' || c == '{') {
          ++flow;
        } else if (c == '&' || c == '!') {  // an anchor or a tag before the node
          while (i + 1 < l.size() && !is_blank(l[i + 1])) ++i;
        } else if ((c == '|' || c == '>') && flow == 0) {
          header = true;
          while (i + 1 < l.size() && !is_blank(l[i + 1])) ++i;
        } else {
          key = static_cast<int>(i);
          if (c == '\'') quote = Quote::single;
          else if (c == '"') quote = Quote::dbl;
          at_value = false;
        }
        continue;
      }
      if (c == ':' && (spaced || flow > 0)) {
        at_value = true;
        owner = key;
      } else if (flow > 0 && c == ',') {
        at_value = true;
      } else if (flow > 0 && (c == ']' || c == '}')) {
        --flow;
      }
    }
    if (header && quote == Quote::none) block = owner;
  }
  return out;
}

namespace {

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const RuleInfo& r : all_rules()) ids.push_back(r.id);
  return ids;
}

std::string hint(std::string_view word, const std::vector<std::string_view>& candidates) {
  auto h = did_you_mean(word, candidates);
  return h ? fmt::format("; did you mean '{}'?", *h) : std::string{};
}

std::string_view scope_name(Suppression::Scope s) {
  switch (s) {
    case Suppression::Scope::line: return "disable-line";
    case Suppression::Scope::next_line: return "disable-next-line";
    case Suppression::Scope::file: return "disable-file";
  }
  return "";
}

}  // namespace

FileSuppressions parse_suppressions(const SourcePtr& source) {
  FileSuppressions out;
  const std::string& text = source->text();
  if (text.find("strat:") == std::string::npos) return out;
  DiagnosticSink sink(out.problems);
  static const std::vector<std::string_view> kScopes = {"disable-line", "disable-next-line", "disable-file"};
  static const std::vector<std::string_view> kIds = rule_ids();
  for (const Comment& c : yaml_comments(text)) {
    std::string_view body = c.text;
    size_t at = body.find_first_not_of(" \t");
    if (at == std::string_view::npos || !body.substr(at).starts_with("strat:")) continue;
    at = body.find_first_not_of(" \t", at + 6);
    if (at == std::string_view::npos) continue;
    std::string_view word = body.substr(at, body.find_first_of(" \t", at) - at);
    size_t eq = word.find('=');
    if (eq == std::string_view::npos && !word.starts_with("disable")) continue;  // free text
    auto col = [&](size_t offset) { return Pos{c.pos.line, c.pos.col + 1 + static_cast<uint32_t>(offset)}; };
    std::string_view name = word.substr(0, eq);
    size_t scope = 0;
    while (scope < kScopes.size() && kScopes[scope] != name) ++scope;
    if (scope == kScopes.size()) {
      sink.report(source, col(at), "unknown-key",
                  fmt::format("unknown suppression '{}'; write disable-line=, disable-next-line= or "
                              "disable-file= and a rule{}", name, hint(name, kScopes)));
      continue;
    }
    // The rules: names separated by commas (spaces around them allowed); text after the
    // last name is a free-form reason.
    size_t i = eq == std::string_view::npos ? body.size() : at + eq + 1;
    auto skip_blanks = [&] { while (i < body.size() && is_blank(body[i])) ++i; };
    bool any = false;
    for (;;) {
      skip_blanks();
      size_t from = i;
      while (i < body.size() && !is_blank(body[i]) && body[i] != ',') ++i;
      std::string_view rule = body.substr(from, i - from);
      if (!rule.empty()) {
        any = true;
        if (!find_rule(rule)) {
          sink.report(source, col(from), "unknown-reference",
                      fmt::format("the suppression refers to rule '{}', which does not exist{}",
                                  rule, hint(rule, kIds)),
                      std::string(rule));
        } else {
          Suppression s;
          s.scope = static_cast<Suppression::Scope>(scope);
          s.rule = std::string(rule);
          s.pos = col(from);
          s.line = s.scope == Suppression::Scope::file ? 0 : c.pos.line + (scope == 1 ? 1 : 0);
          out.items.push_back(std::move(s));
        }
      }
      skip_blanks();
      if (i >= body.size() || body[i] != ',') break;
      ++i;
    }
    if (!any)
      sink.report(source, col(at), "wrong-type",
                  fmt::format("'{}' needs a rule, like {}=budget-overrun", name, name));
  }
  return out;
}

namespace {

constexpr std::string_view kUnused = "unused-suppression";

/// The suppressions of one file, grouped by what they cover: a rule on one line (line 0: the
/// whole file). A finding costs two look-ups, however many suppressions the file holds.
struct Index {
  FileSuppressions s;
  std::unordered_map<std::string, bool> used;  // "line:rule" → covered a finding
  bool incomplete = false;                     // the file's YAML could not be read to the end

  static std::string key(uint32_t line, std::string_view rule) {
    return fmt::format("{}:{}", line, rule);
  }

  explicit Index(FileSuppressions fs) : s(std::move(fs)) {
    for (const Suppression& item : s.items) used.emplace(key(item.line, item.rule), false);
  }

  /// Marks the suppressions that cover `d` as used; whether there was one. `unused_pass`:
  /// suppressions of unused-suppression cover only in that pass, the others only outside it.
  bool covers(const Diagnostic& d, bool unused_pass) {
    if ((d.rule == kUnused) != unused_pass) return false;
    bool covered = false;
    for (uint32_t line : {uint32_t{0}, d.pos.line}) {
      if (auto it = used.find(key(line, d.rule)); it != used.end()) covered = it->second = true;
    }
    return covered;
  }

  bool was_used(const Suppression& item) const { return used.at(key(item.line, item.rule)); }
};

}  // namespace

void apply_suppressions(std::vector<Diagnostic>& ds, std::span<const SourcePtr> files,
                        ConfigSet& configs) {
  std::unordered_map<const Source*, Index> index;
  std::vector<SourcePtr> order;  // files with suppressions, in `files` order
  for (const SourcePtr& f : files) {
    if (!f || index.count(f.get())) continue;
    FileSuppressions s = parse_suppressions(f);
    if (s.items.empty() && s.problems.empty()) continue;
    index.emplace(f.get(), Index(std::move(s)));
    order.push_back(f);
  }
  if (index.empty()) return;

  auto find = [&](const Diagnostic& d) -> Index* {
    auto it = d.source ? index.find(d.source.get()) : index.end();
    return it == index.end() ? nullptr : &it->second;
  };
  std::erase_if(ds, [&](const Diagnostic& d) {
    Index* in = find(d);
    if (!in) return false;
    if (d.rule == "yaml-syntax" || d.rule == "limit-exceeded") in->incomplete = true;
    return in->covers(d, false);
  });

  std::vector<Diagnostic> added;
  DiagnosticSink sink(added);
  for (const SourcePtr& f : order) {
    Index& in = index.at(f.get());
    std::move(in.s.problems.begin(), in.s.problems.end(), std::back_inserter(added));
    if (in.incomplete) continue;
    for (const Suppression& item : in.s.items) {
      if (item.rule == kUnused || in.was_used(item)) continue;
      if (!configs.severity(f->path(), item.rule, Severity::error)) continue;  // off here
      std::string where = item.scope == Suppression::Scope::file ? std::string("the file has")
                                                                 : fmt::format("line {} has", item.line);
      sink.report(f, item.pos, kUnused,
                  fmt::format("'{}={}' suppresses nothing: {} no {} finding", scope_name(item.scope),
                              item.rule, where, item.rule),
                  item.rule);
    }
  }
  // Added findings take their config's severity; unused-suppression ones can be suppressed.
  apply_severities(added, configs);
  std::erase_if(added, [&](const Diagnostic& d) {
    if (d.rule != kUnused) return false;
    auto it = index.find(d.source.get());
    return it != index.end() && it->second.covers(d, true);
  });
  std::move(added.begin(), added.end(), std::back_inserter(ds));
}

}  // namespace strat
