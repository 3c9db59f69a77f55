#include "strat/init.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "strat/error.h"
#include "strat/json_schema.h"
#include "strat/text.h"

namespace strat {

namespace {

/// "minimal/en/plan.yaml" → {"minimal", "en", "plan.yaml"}.
struct TemplatePath {
  std::string_view template_name, lang, file;
};
TemplatePath split(std::string_view name) {
  size_t a = name.find('/');
  size_t b = a == std::string_view::npos ? a : name.find('/', a + 1);
  if (b == std::string_view::npos) return {};
  return {name.substr(0, a), name.substr(a + 1, b - a - 1), name.substr(b + 1)};
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

/// `s` as the inside of a YAML double-quoted scalar, on one line: line breaks and tabs become
/// spaces, other control characters (which YAML does not allow as they are) \xNN escapes.
std::string yaml_quoted_inside(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (u < 0x20 || u == 0x7f) out += fmt::format("\\x{:02x}", u);
    else out += c;
  }
  return out;
}

constexpr std::string_view kConfig =
    "# yaml-language-server: $schema=.strat/config.schema.json\n"
    "# strat's settings for the files below this directory (see man strat-check, CONFIGURATION).\n"
    "rules:\n"
    "  \"*\": error                 # every rule as an error; later entries win\n"
    "  goal-without-tactic: warning\n"
    "ignore: [drafts]              # directories that 'strat check' skips\n";

std::vector<std::string> sorted_unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

/// The languages the templates are written in: the code, the English name, the name in itself.
struct Language {
  std::string_view code, english, native;
};
constexpr Language kLanguages[] = {
    {"ar", "Arabic", "العربية"}, {"en", "English", "English"}, {"fr", "French", "français"},
    {"he", "Hebrew", "עברית"},   {"it", "Italian", "italiano"},
};

std::string lowercase_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// "; did you mean 'x'?" for a misspelt name among `names` ("itt", or "ara", a three-letter
/// code), or for a language written as its name ("arabic", "français") rather than its code.
std::string hint_for(std::string_view word, const std::vector<std::string>& names) {
  std::string lower = lowercase_ascii(word);
  for (const Language& l : kLanguages)
    if ((lower == lowercase_ascii(l.english) || lower == lowercase_ascii(l.native)) &&
        std::find(names.begin(), names.end(), l.code) != names.end())
      return fmt::format("; did you mean '{}'?", l.code);
  if (word.size() < 3) return {};  // "de" is not a typo for "he"
  std::vector<std::string_view> candidates(names.begin(), names.end());
  auto hint = did_you_mean(lower, candidates);
  return hint ? fmt::format("; did you mean '{}'?", *hint) : std::string{};
}

/// The languages of one template, or of all of them.
std::vector<std::string> languages_of(std::optional<std::string_view> template_name) {
  std::vector<std::string> langs;
  for (const EmbeddedFile& f : init_templates())
    if (TemplatePath p = split(f.name); !p.template_name.empty() && (!template_name || p.template_name == *template_name))
      langs.emplace_back(p.lang);
  return sorted_unique(std::move(langs));
}

}  // namespace

std::vector<std::string> init_template_names() {
  std::vector<std::string> names;
  for (const EmbeddedFile& f : init_templates())
    if (TemplatePath p = split(f.name); !p.template_name.empty()) names.emplace_back(p.template_name);
  return sorted_unique(std::move(names));
}

std::vector<std::string> init_languages(std::string_view template_name) { return languages_of(template_name); }

std::vector<std::string> init_languages() { return languages_of(std::nullopt); }

std::string init_template_about(std::string_view template_name) {
  std::string wanted = fmt::format("{}/about.txt", template_name);
  for (const EmbeddedFile& f : init_templates()) {
    if (f.name != wanted) continue;
    std::string_view text = f.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return std::string(text);
  }
  return {};
}

std::string init_language_name(std::string_view lang) {
  for (const Language& l : kLanguages)
    if (l.code == lang) return l.english == l.native ? std::string(l.english) : fmt::format("{} ({})", l.english, l.native);
  return {};
}

std::vector<std::pair<std::string, std::string>> init_files(const InitOptions& options) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : init_templates()) {
    TemplatePath p = split(f.name);
    if (p.template_name != options.template_name || p.lang != options.lang) continue;
    std::string text(f.text);
    replace_all(text, "{{name}}", yaml_quoted_inside(options.name));
    replace_all(text, "{{year}}", fmt::format("{:04}", options.year));
    files.emplace_back(std::string(p.file), std::move(text));
  }
  if (files.empty()) {
    std::vector<std::string> names = init_template_names();
    std::vector<std::string> langs = init_languages(options.template_name);
    if (langs.empty())
      throw Error(fmt::format("unknown template '{}'; the templates are: {}{}", options.template_name,
                              fmt::join(names, ", "), hint_for(options.template_name, names)));
    std::vector<std::string> all = init_languages();
    if (std::find(all.begin(), all.end(), options.lang) == all.end())
      throw Error(fmt::format("unknown language '{}'; the languages are: {}{}", options.lang, fmt::join(all, ", "),
                              hint_for(options.lang, all)));
    throw Error(fmt::format("template '{}' has no language '{}'; it has: {}{}", options.template_name, options.lang,
                            fmt::join(langs, ", "), hint_for(options.lang, langs)));
  }
  files.emplace_back(".strat.yaml", std::string(kConfig));
  for (std::string_view kind : schema_kinds())
    files.emplace_back(fmt::format(".strat/{}.schema.json", kind), *json_schema(kind));
  if (options.git) files.emplace_back(".gitattributes", fmt::format("{}\n", kGitattributesLine));
  return files;
}

int init_year(Date today) { return today.month() >= 10 ? today.year() + 1 : today.year(); }

std::optional<std::string> gitattributes_with_driver(std::string_view existing) {
  for (size_t at = 0; at < existing.size();) {
    size_t end = std::min(existing.find('\n', at), existing.size());
    std::string_view line = existing.substr(at, end - at);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line == kGitattributesLine) return std::nullopt;
    at = end + 1;
  }
  std::string out(existing);
  if (!out.empty() && out.back() != '\n') out += '\n';
  return fmt::format("{}{}\n", out, kGitattributesLine);
}

}  // namespace strat
