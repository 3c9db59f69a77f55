#include "strat/model.h"

#include <fmt/format.h>

#include "strat/id.h"

namespace strat {

std::optional<Money> Money::parse(std::string_view text) {
  int64_t units = 0;
  int64_t cents = 0;
  size_t i = 0;
  size_t digits = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] < '0' || text[i] > '9' || ++digits > 15) return std::nullopt;
    units = units * 10 + (text[i] - '0');
  }
  if (digits == 0) return std::nullopt;
  if (i < text.size()) {  // a '.' and one or two decimals
    std::string_view decimals = text.substr(i + 1);
    if (decimals.empty() || decimals.size() > 2) return std::nullopt;
    for (char c : decimals) {
      if (c < '0' || c > '9') return std::nullopt;
      cents = cents * 10 + (c - '0');
    }
    if (decimals.size() == 1) cents *= 10;
  }
  return Money{units * 100 + cents};
}

std::string Money::str() const {
  // Magnitude first, so that -150 cents is "-1.50", not "-1.-50".
  uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  std::string_view sign = cents < 0 ? "-" : "";
  if (magnitude % 100 == 0) return fmt::format("{}{}", sign, magnitude / 100);
  return fmt::format("{}{}.{:02}", sign, magnitude / 100, magnitude % 100);
}

std::string_view to_string(Status s) {
  switch (s) {
    case Status::planned: return "planned";
    case Status::active: return "active";
    case Status::done: return "done";
    case Status::dropped: return "dropped";
  }
  return "planned";
}

std::optional<Status> parse_status(std::string_view text) {
  for (Status s : {Status::planned, Status::active, Status::done, Status::dropped})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

namespace {

template <class Items>
void index_by_id(IdIndex& index, const Items& items) {
  index.clear();
  index.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) index.emplace(id_key(items[i].id), i);  // the first wins
}

template <class Items>
auto lookup(const IdIndex& index, const Items& items, std::string_view id) -> decltype(&items[0]) {
  auto it = index.find(id_key(id));
  return it == index.end() || it->second >= items.size() ? nullptr : &items[it->second];
}

}  // namespace

void Strategy::build_index() {
  index_by_id(objective_index_, objectives);
  index_by_id(audience_index_, audiences);
  index_by_id(channel_index_, channels);
  index_by_id(goal_index_, goals);
}

const Objective* Strategy::find_objective(std::string_view id) const { return lookup(objective_index_, objectives, id); }
const Audience* Strategy::find_audience(std::string_view id) const { return lookup(audience_index_, audiences, id); }
const Channel* Strategy::find_channel(std::string_view id) const { return lookup(channel_index_, channels, id); }
const Goal* Strategy::find_goal(std::string_view id) const { return lookup(goal_index_, goals, id); }

void Plan::build_index() { index_by_id(member_index_, team); }
const TeamMember* Plan::find_member(std::string_view id) const { return lookup(member_index_, team, id); }

std::optional<Date> Tactic::first_day() const {
  if (span.from) return span.from->value;
  if (on) return on->value;
  if (due) return due->value;
  return std::nullopt;
}

std::optional<Date> Tactic::last_day() const {
  if (span.to) return span.to->value;
  if (on) return on->value;
  if (due) return due->value;
  return std::nullopt;
}

}  // namespace strat
