#include "events.h"

#include <string_view>

namespace strat::bench {

std::vector<PlanTactic> scan_plan(const std::string& yaml) {
  std::vector<PlanTactic> out;
  size_t parent = 0;  // index of the last top-level tactic
  bool in_tactics = false;
  for (size_t start = 0; start < yaml.size();) {
    size_t nl = yaml.find('\n', start);
    if (nl == std::string::npos) nl = yaml.size();
    std::string_view line(yaml.data() + start, nl - start);
    start = nl + 1;
    if (line == "tactics:") in_tactics = true;
    if (!in_tactics) continue;
    size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) continue;
    std::string_view body = line.substr(indent);
    if (body.rfind("- id: ", 0) == 0) {
      PlanTactic t;
      t.id = body.substr(6);
      if (indent > 2 && !out.empty()) t.goal = out[parent].goal, t.owner = out[parent].owner;
      else parent = out.size();
      out.push_back(t);
      continue;
    }
    if (out.empty()) continue;
    size_t colon = body.find(": ");
    if (colon == std::string_view::npos) continue;
    std::string_view key = body.substr(0, colon), value = body.substr(colon + 2);
    PlanTactic& t = out.back();
    if (key == "title") t.title = value;
    else if (key == "goal") t.goal = value;
    else if (key == "channel") t.channel = value;
    else if (key == "owner") t.owner = value;
    else if (key == "from") t.from = value;
    else if (key == "to") t.to = value;
    else if (key == "budget") t.budget = std::stol(std::string(value));
    else if (key == "every") t.every_days = value == "2 weeks" ? 14 : 0;
  }
  return out;
}

std::string remind_text(const std::vector<PlanTactic>& tactics) {
  std::string out = "# The generated plan's tactics, written by strat-bench for remind.\n";
  for (const PlanTactic& t : tactics) {
    if (t.from.empty()) continue;
    out += "REM " + t.from + (t.every_days ? " *" + std::to_string(t.every_days) + " UNTIL " : " THROUGH ") + t.to +
           " MSG " + t.title + "\n";
  }
  return out;
}

std::string journal_text(const std::vector<PlanTactic>& tactics, const std::string& currency) {
  std::string out = "; The generated plan's budgets, written by strat-bench for hledger.\n";
  for (const PlanTactic& t : tactics) {
    out += t.from + " " + t.id + " | " + t.title + "\n";
    out += "    budget:" + t.goal + ":" + t.channel + ":" + t.owner + "    " + currency + " " +
           std::to_string(t.budget) + "\n";
    out += "    plan\n\n";
  }
  return out;
}

}  // namespace strat::bench
