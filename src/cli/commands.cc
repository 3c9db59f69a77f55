#include "cli/commands.h"

namespace strat::cli {

namespace {

constexpr Command kCommands[] = {
    {"check", "Check strategies and plans for consistency", setup_check},
    {"calendar", "Show the plans in time: agenda, month, timeline; export ICS, JSON, CSV, Mermaid", setup_calendar},
    {"diff", "Show what changed in plans between two files or revisions, in plan terms", setup_diff},
    {"log", "List the revisions that touched a plan, with one line of impact each", setup_log},
    {"report", "Summarize budget, KPI pace, traceability, agenda and health", setup_report},
    {"init", "Start a strategy and a first plan from a template", setup_init},
    {"explain", "Explain a rule: what it catches, why, an example and the fix", setup_explain},
    {"schema", "Print the JSON Schema of strategy, plan or config files, for editors", setup_schema},
    {"completion", "Print a completion script for bash, zsh or fish", setup_completion},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace strat::cli
