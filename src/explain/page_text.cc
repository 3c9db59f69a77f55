// A rule page for the terminal: Markdown markup dropped, paragraphs wrapped, code indented.
#include <algorithm>

#include <fmt/format.h>

#include "explain/markdown.h"
#include "explain/pages.h"
#include "strat/explain.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat {

namespace {

constexpr size_t kWidth = 80;
constexpr std::string_view kExampleStrategy = "README.md#the-example-strategy";

std::string as_is(std::string_view s) { return std::string(s); }
/// A code span is never broken across lines: its spaces wait as \x01 until wrap() is done.
std::string unbroken(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), ' ', '\x01');
  return out;
}

std::string link(std::string_view text, std::string_view target) {
  md::Inline plain{as_is, as_is, as_is, link};
  std::string shown = md::inline_spans(text, plain);
  if (target == kExampleStrategy) return shown + " (at the end of this page)";
  if (target == "README.md") return shown + " ('strat explain')";
  return shown;
}

constexpr md::Inline kPlain{as_is, unbroken, as_is, link};

/// `text` wrapped at kWidth columns, the first line after `first`, the others after `rest`.
std::string wrap(std::string_view text, std::string_view first, std::string_view rest) {
  std::string out(first), line;
  size_t width = display_width(first);
  auto flush = [&] {
    out += line + "\n";
    line.clear();
  };
  while (!text.empty()) {
    size_t space = text.find(' ');
    std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (word.empty()) continue;
    size_t w = display_width(word);
    if (!line.empty() && width + 1 + w > kWidth) {
      flush();
      out += rest;
      width = display_width(rest);
    } else if (!line.empty()) {
      line += ' ';
      ++width;
    }
    line += word;
    width += w;
  }
  flush();
  std::replace(out.begin(), out.end(), '\x01', ' ');
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : " ") + l;
  return out;
}

std::string render(const std::vector<md::Block>& blocks, const Style& style) {
  std::string out;
  for (const md::Block& b : blocks) {
    if (!out.empty()) out += "\n";
    switch (b.kind) {
      case md::Block::Kind::heading:
        out += style.paint("1", md::inline_spans(b.lines[0], kPlain)) + "\n";
        break;
      case md::Block::Kind::paragraph:
        out += wrap(md::inline_spans(joined(b.lines), kPlain), "", "");
        break;
      case md::Block::Kind::item:
        out += wrap(md::inline_spans(joined(b.lines), kPlain), "  - ", "    ");
        break;
      case md::Block::Kind::code:
        for (const std::string& l : b.lines) out += l.empty() ? "\n" : "    " + l + "\n";
        break;
      case md::Block::Kind::table: {
        std::vector<std::vector<std::string>> rows;
        std::vector<size_t> widths;
        for (const std::string& row : b.lines) {
          rows.emplace_back();
          for (const std::string& cell : md::cells(row)) rows.back().push_back(md::inline_spans(cell, kPlain));
          widths.resize(std::max(widths.size(), rows.back().size()));
          for (size_t i = 0; i < rows.back().size(); ++i)
            widths[i] = std::max(widths[i], display_width(rows.back()[i]));
        }
        for (const auto& row : rows) {
          std::string line = "  ";
          for (size_t i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : pad_right(row[i], widths[i]) + "  ";
          out += line + "\n";
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace

std::string rule_page_text(std::string_view rule, bool color) {
  std::optional<std::string_view> page = rule_page(rule);
  if (!page) return {};
  std::vector<md::Block> blocks = md::parse(*page);
  if (page->find(kExampleStrategy) != std::string_view::npos) {
    blocks.push_back({md::Block::Kind::heading, 2, {}, {"The example strategy"}});
    blocks.push_back({md::Block::Kind::paragraph, 0, {}, {"`strategy.yaml`, which checks clean on its own:"}});
    md::Block code{md::Block::Kind::code, 0, "yaml", {}};
    std::string yaml = example_strategy();
    for (size_t at = 0; at < yaml.size();) {
      size_t nl = yaml.find('\n', at);
      code.lines.push_back(yaml.substr(at, nl - at));
      at = nl == std::string::npos ? yaml.size() : nl + 1;
    }
    blocks.push_back(std::move(code));
  }
  return render(blocks, Style{color});
}

}  // namespace strat
