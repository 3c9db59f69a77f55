// man/strat-rules.7: the rule pages as one roff manual page.
#include <fmt/format.h>

#include "explain/markdown.h"
#include "strat/explain.h"
#include "strat/rules.h"

namespace strat {

namespace {

/// Escapes roff's backslash; in `code`, hyphens become \- (minus signs, as in commands).
std::string escape(std::string_view s, bool code) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\e";
    else if (c == '-' && code) out += "\\-";
    else out += c;
  }
  return out;
}

std::string plain(std::string_view s) { return escape(s, false); }
std::string code(std::string_view s) { return "\\fB" + escape(s, true) + "\\fR"; }
std::string bold(std::string_view s) { return "\\fB" + escape(s, false) + "\\fR"; }
std::string link(std::string_view text, std::string_view) {
  return md::inline_spans(text, md::Inline{plain, code, plain, link});
}
constexpr md::Inline kRoff{plain, code, bold, link};

/// Source lines, each guarded against a leading '.' or '\'' that roff would take as a request.
std::string lines(std::string_view text) {
  std::string out;
  bool start = true;
  for (char c : text) {
    if (start && (c == '.' || c == '\'')) out += "\\&";
    out += c;
    start = c == '\n';
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::string joined(const std::vector<std::string>& ls) {
  std::string out;
  for (const std::string& l : ls) out += (out.empty() ? "" : "\n") + l;
  return out;
}

/// Headings: '#' is the rule (.SS), '##' a bold line; sections named in `skip` are left out.
std::string render(const std::vector<md::Block>& blocks, std::initializer_list<std::string_view> skip) {
  std::string out;
  int skipping = 0;
  for (const md::Block& b : blocks) {
    if (b.kind == md::Block::Kind::heading) {
      skipping = 0;
      for (std::string_view s : skip)
        if (b.lines[0] == s) skipping = b.level;
    }
    if (skipping) continue;
    switch (b.kind) {
      case md::Block::Kind::heading:
        if (b.level == 1) out += ".SS " + md::inline_spans(b.lines[0], md::Inline{plain, plain, plain, link}) + "\n";
        else out += ".PP\n" + lines("\\fB" + md::inline_spans(b.lines[0], md::Inline{plain, plain, plain, link}) + "\\fR");
        break;
      case md::Block::Kind::paragraph:
        out += ".PP\n" + lines(md::inline_spans(joined(b.lines), kRoff));
        break;
      case md::Block::Kind::item:
        out += ".IP \\(bu 2\n" + lines(md::inline_spans(joined(b.lines), kRoff));
        break;
      case md::Block::Kind::code:
        out += ".PP\n.EX\n";
        for (const std::string& l : b.lines) out += lines(escape(l, true));
        out += ".EE\n";
        break;
      case md::Block::Kind::table:
        for (size_t i = 1; i < b.lines.size(); ++i) {  // the first row is the header
          std::vector<std::string> c = md::cells(b.lines[i]);
          if (c.size() < 3) continue;
          out += ".TP\n" + lines(md::inline_spans(c[0], kRoff) + " (" + md::inline_spans(c[1], kRoff) + ")") +
                 lines(md::inline_spans(c[2], kRoff));
        }
        break;
    }
  }
  return out;
}

}  // namespace

std::string rules_man_page() {
  std::string out = fmt::format(
      ".\\\" Generated from docs/rules/*.md by 'strat explain --man'; do not edit.\n"
      ".TH STRAT-RULES 7 \"\" \"strat {}\" \"Miscellaneous Information Manual\"\n"
      ".SH NAME\nstrat\\-rules \\- the rules of strat check: what each catches, why, and the fix\n"
      ".SH DESCRIPTION\n",
      STRAT_VERSION);
  if (const EmbeddedFile* readme = find_embedded(rule_pages(), "README.md")) {
    std::vector<md::Block> blocks = md::parse(readme->text);
    if (!blocks.empty() && blocks[0].kind == md::Block::Kind::heading) blocks.erase(blocks.begin());
    for (md::Block& b : blocks)
      if (b.kind == md::Block::Kind::heading) b.level = 1;  // its sections become .SS
    out += render(blocks, {"Adding a rule"});
  }
  out += ".SH RULES\n";
  for (const RuleInfo& r : all_rules())
    if (auto page = rule_page(r.id)) out += render(md::parse(*page), {"See also"});
  out += ".SH SEE ALSO\n.BR strat (1),\n.BR strat\\-check (1),\n.BR strat\\-explain (1),\n.BR strat (5)\n";
  return out;
}

}  // namespace strat
