#include <stdexcept>

#include "strat/completion.h"

namespace strat {

namespace {

constexpr std::string_view kShells[] = {"bash", "zsh", "fish"};

}  // namespace

std::span<const std::string_view> completion_shells() { return kShells; }

std::string completion_script(std::string_view shell, const CompletionSpec& spec) {
  if (shell == "bash") return bash_completion(spec);
  if (shell == "zsh") return zsh_completion(spec);
  if (shell == "fish") return fish_completion(spec);
  throw std::invalid_argument("no completion for this shell");
}

}  // namespace strat
