// `strat init`: the files that start a strategy and its first plan, from templates embedded at
// build time (templates/init/TEMPLATE/LANG/*.yaml, and TEMPLATE/about.txt, one line saying what
// the template is for). Pure: the CLI checks and writes them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "strat/date.h"
#include "strat/embedded.h"

namespace strat {

/// templates/init/ as it was at build time.
std::span<const EmbeddedFile> init_templates();
/// The template names, sorted.
std::vector<std::string> init_template_names();
/// The languages of one template, sorted.
std::vector<std::string> init_languages(std::string_view template_name);
/// Every language some template has, sorted.
std::vector<std::string> init_languages();
/// What a template is for, in one line (its about.txt), or "" when it has none.
std::string init_template_about(std::string_view template_name);
/// A language's name in English and in itself ("Arabic (العربية)"), or "" for an unknown code.
std::string init_language_name(std::string_view lang);

struct InitOptions {
  std::string name = "Our company";  ///< goes into the names of the strategy and the plan
  std::string template_name = "minimal";
  std::string lang = "en";
  int year = 2027;          ///< the strategy's horizon and the plan's period
  bool git = false;         ///< DIR is in a git work tree: add the diff driver's .gitattributes line
};

/// Each file to write, relative to DIR, with its text: strategy.yaml, plan.yaml, .strat.yaml,
/// the schemas the files name on their first line (.strat/*.schema.json) and, with `git`,
/// .gitattributes. Throws strat::Error for an unknown template or language, with the valid
/// names and a did-you-mean ("arabic" suggests "ar").
std::vector<std::pair<std::string, std::string>> init_files(const InitOptions& options);

/// The year the new strategy and plan cover: today's, or from October on the next one (the
/// season when marketers plan next year), so that a new plan does not start in the past.
int init_year(Date today);

/// The diff driver's line that init puts in .gitattributes.
inline constexpr std::string_view kGitattributesLine = "*.yaml diff=strat";
/// An existing .gitattributes with that line added at the end, or nullopt when it has the line
/// already: init adds to this file rather than replacing the attributes a repository has.
std::optional<std::string> gitattributes_with_driver(std::string_view existing);

}  // namespace strat
