#include "explain/markdown.h"

namespace strat::md {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_table_rule(std::string_view line) {
  return starts_with(line, "|") && line.find_first_not_of("|-: ") == std::string_view::npos;
}

}  // namespace

std::vector<Block> parse(std::string_view text) {
  std::vector<Block> blocks;
  Block* open = nullptr;  // the paragraph, item or table that the next line continues
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (starts_with(line, "```")) {
      Block code{Block::Kind::code, 0, std::string(trim(line.substr(3))), {}};
      while (!text.empty()) {
        end = text.find('\n');
        std::string_view body = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (starts_with(body, "```")) break;
        code.lines.emplace_back(body);
      }
      blocks.push_back(std::move(code));
      open = nullptr;
    } else if (trim(line).empty()) {
      open = nullptr;
    } else if (starts_with(line, "#")) {
      size_t level = line.find_first_not_of('#');
      blocks.push_back({Block::Kind::heading, static_cast<int>(level), {}, {std::string(trim(line.substr(level)))}});
      open = nullptr;
    } else if (starts_with(line, "|")) {
      if (!open || open->kind != Block::Kind::table) {
        blocks.push_back({Block::Kind::table, 0, {}, {}});
        open = &blocks.back();
      }
      if (!is_table_rule(line)) open->lines.emplace_back(line);
    } else if (starts_with(line, "- ")) {
      blocks.push_back({Block::Kind::item, 0, {}, {std::string(trim(line.substr(2)))}});
      open = &blocks.back();
    } else if (open && open->kind != Block::Kind::table) {
      open->lines.emplace_back(trim(line));
    } else {
      blocks.push_back({Block::Kind::paragraph, 0, {}, {std::string(trim(line))}});
      open = &blocks.back();
    }
  }
  return blocks;
}

std::vector<std::string> cells(std::string_view row) {
  std::vector<std::string> out;
  row = trim(row);
  if (starts_with(row, "|")) row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  bool in_code = false;
  size_t start = 0;
  for (size_t i = 0; i <= row.size(); ++i) {
    if (i < row.size() && row[i] == '`') in_code = !in_code;
    if (i == row.size() || (row[i] == '|' && !in_code)) {
      out.emplace_back(trim(row.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

std::string inline_spans(std::string_view text, const Inline& how) {
  std::string out;
  size_t plain_from = 0;
  auto flush = [&](size_t to) { out += how.plain(text.substr(plain_from, to - plain_from)); };
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '`') {
      size_t close = text.find('`', i + 1);
      if (close != std::string_view::npos) {
        flush(i);
        out += how.code(text.substr(i + 1, close - i - 1));
        i = plain_from = close + 1;
        continue;
      }
    } else if (text.substr(i, 2) == "**") {
      size_t close = text.find("**", i + 2);
      if (close != std::string_view::npos) {
        flush(i);
        out += how.bold(text.substr(i + 2, close - i - 2));
        i = plain_from = close + 2;
        continue;
      }
    } else if (text[i] == '[') {
      size_t mid = text.find("](", i + 1);
      size_t close = mid == std::string_view::npos ? mid : text.find(')', mid + 2);
      if (close != std::string_view::npos) {
        flush(i);
        out += how.link(text.substr(i + 1, mid - i - 1), text.substr(mid + 2, close - mid - 2));
        i = plain_from = close + 1;
        continue;
      }
    }
    ++i;
  }
  flush(text.size());
  return out;
}

std::vector<Block> section(const std::vector<Block>& blocks, std::string_view title) {
  std::vector<Block> out;
  int level = 0;
  for (const Block& b : blocks) {
    if (b.kind == Block::Kind::heading) {
      if (level && b.level <= level) break;
      if (!level && b.lines[0] == title) {
        level = b.level;
        continue;
      }
    }
    if (level) out.push_back(b);
  }
  return out;
}

}  // namespace strat::md
