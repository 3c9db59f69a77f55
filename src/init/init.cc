#include "strat/init.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "strat/error.h"
#include "strat/json_schema.h"

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

/// `s` as the inside of a YAML double-quoted scalar, on one line.
std::string yaml_quoted_inside(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
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

}  // namespace

std::vector<std::string> init_template_names() {
  std::vector<std::string> names;
  for (const EmbeddedFile& f : init_templates()) names.emplace_back(split(f.name).template_name);
  return sorted_unique(std::move(names));
}

std::vector<std::string> init_languages(std::string_view template_name) {
  std::vector<std::string> langs;
  for (const EmbeddedFile& f : init_templates())
    if (split(f.name).template_name == template_name) langs.emplace_back(split(f.name).lang);
  return sorted_unique(std::move(langs));
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
    std::vector<std::string> langs = init_languages(options.template_name);
    if (langs.empty())
      throw Error(fmt::format("unknown template '{}'; the templates are: {}", options.template_name,
                              fmt::join(init_template_names(), ", ")));
    throw Error(fmt::format("template '{}' has no language '{}'; it has: {}", options.template_name,
                            options.lang, fmt::join(langs, ", ")));
  }
  files.emplace_back(".strat.yaml", std::string(kConfig));
  for (std::string_view kind : schema_kinds())
    files.emplace_back(fmt::format(".strat/{}.schema.json", kind), *json_schema(kind));
  if (options.git) files.emplace_back(".gitattributes", "*.yaml diff=strat\n");
  return files;
}

}  // namespace strat
