#include "cli/commands.h"

namespace strat::cli {

namespace {

constexpr Command kCommands[] = {
    {"check", "Check strategies and plans for consistency", setup_check},
    {"calendar", "Show the plans in time: agenda, month, timeline; export ICS, JSON, CSV, Mermaid", setup_calendar},
    {"report", "Summarize budget, KPI pace, traceability and health", setup_report},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace strat::cli
