#include "cli/commands.h"

namespace strat::cli {

namespace {

constexpr Command kCommands[] = {
    {"check", "Check strategies and plans for consistency", setup_check},
    {"calendar", "Show the plans in time: agenda, month, timeline; export ICS, JSON, CSV, Mermaid", setup_calendar},
    {"report", "Summarize budget, KPI pace, traceability and health", setup_report},
    {"diff", "Show what changed in plans between two files or revisions, in plan terms", setup_diff},
    {"log", "List the revisions that touched a plan, with one line of impact each", setup_log},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace strat::cli
