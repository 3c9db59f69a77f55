// `strat init`: the files that start a strategy and its first plan, from templates embedded at
// build time (templates/init/TEMPLATE/LANG/*.yaml). Pure: the CLI checks and writes them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "strat/embedded.h"

namespace strat {

/// templates/init/ as it was at build time.
std::span<const EmbeddedFile> init_templates();
/// The template names and the languages each has, sorted.
std::vector<std::string> init_template_names();
std::vector<std::string> init_languages(std::string_view template_name);

struct InitOptions {
  std::string name = "Our company";  ///< goes into the names of the strategy and the plan
  std::string template_name = "minimal";
  std::string lang = "en";
  int year = 2027;          ///< the strategy's horizon and the plan's period
  bool git = false;         ///< DIR is in a git work tree: add the diff driver's .gitattributes line
};

/// Each file to write, relative to DIR, with its text: strategy.yaml, plan.yaml, .strat.yaml,
/// the schemas the files name on their first line (.strat/*.schema.json) and, with `git`,
/// .gitattributes. Throws strat::Error for an unknown template or language.
std::vector<std::pair<std::string, std::string>> init_files(const InitOptions& options);

}  // namespace strat
