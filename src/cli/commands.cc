#include "cli/commands.h"

namespace strat::cli {

namespace {

constexpr Command kCommands[] = {
    {"check", "Check strategies and plans for consistency", setup_check},
    {"diff", "Show what changed in plans between two files or revisions, in plan terms", setup_diff},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace strat::cli
