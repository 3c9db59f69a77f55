// The Markdown report: for a pull request or a wiki; tables, nested lists and a Mermaid gantt.
#include <algorithm>

#include <fmt/format.h>

#include "strat/output.h"
#include "report/report_util.h"

namespace strat {

namespace {

using report::money_text;
using report::percent;

/// Text from a file as literal Markdown inside a line: the marks that start emphasis, code,
/// links, HTML, entities or table cells are backslash-escaped, and line breaks become spaces.
std::string md(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (std::string_view("\\`*_[]<>|&~").find(c) != std::string_view::npos) out += '\\', out += c;
    else out += c;
  }
  return out;
}

/// Text inside a Mermaid gantt line, where ':', ';' and '#' are syntax and HTML is parsed.
std::string mermaid(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view(":;#\n\r\t<>&\"`").find(c) != std::string_view::npos) out += ' ';
    else out += c;
  }
  return out;
}

class MarkdownReport {
 public:
  MarkdownReport(const Report& r, const ReportRender& o) : r_(r), o_(o), out_(o.sink) {}

  std::string render() {
    report::walk(r_, o_, *this);
    return out_.finish();
  }

 private:
  template <class Page>
  friend void report::walk(const Report&, const ReportRender&, Page&);
  void line(std::string_view text = {}) {
    out_ += text;
    out_ += "\n";
  }

  void header(const PlanReport& p) {
    if (!out_.empty()) line();
    line("# " + md(p.name));
    line();
    std::string sub = p.from && p.to ? p.from->str() + " to " + p.to->str() : "no period";
    if (!p.strategy.empty()) sub += " · strategy: " + md(p.strategy);
    line(sub + " · today " + r_.today.str());
  }

  void rows(std::string_view title, std::string_view what, const std::vector<BudgetRow>& list, Money total,
            bool with_spent) {
    if (list.empty()) return;
    line();
    line(fmt::format("### {}", title));
    line();
    line(fmt::format("| {} | allocated | % |{}", what, with_spent ? " spent |" : ""));
    line(fmt::format("|---|---:|---:|{}", with_spent ? "---:|" : ""));
    for (const BudgetRow& r : list)
      line(fmt::format("| {} | {} | {} |{}", r.label.empty() ? (with_spent ? "(none)" : "undated") : md(r.label),
                       money_text(r.allocated), percent(report::ratio(r.allocated, total)),
                       with_spent ? " " + money_text(r.spent) + " |" : ""));
  }

  void budget(const PlanReport& p) {
    const Budget& b = p.budget;
    line();
    line("## Budget");
    line();
    line(fmt::format("**{} spent, {} of the period gone.**{}", percent(b.spent_share), percent(b.elapsed_share),
                     b.spent > b.planned_to_date && b.spent_share > b.elapsed_share ? " Spending is ahead of plan." : ""));
    line();
    line(fmt::format("| {} | amount |", md(p.currency.empty() ? "money" : p.currency)));
    line("|---|---:|");
    if (b.plan_budget) line("| plan budget | " + money_text(*b.plan_budget) + " |");
    line("| allocated to tactics | " + money_text(b.allocated) + " |");
    line("| planned to date | " + money_text(b.planned_to_date) + " |");
    line("| spent | " + money_text(b.spent) + " |");
    line("| remaining | " + money_text(b.remaining) + " |");
    if (b.over_allocated) {
      line();
      line("**Over-allocated:** the tactics commit " + money_text(b.allocated) + " of " + money_text(*b.plan_budget) + ".");
    }
    rows("By goal", "goal", b.by_goal, b.allocated, true);
    rows("By channel", "channel", b.by_channel, b.allocated, true);
    rows("By owner", "owner", b.by_owner, b.allocated, true);
    rows("By month", "month", b.by_month, b.allocated, false);
    if (!b.overruns.empty()) {
      line();
      line("### Overruns");
      line();
      for (const BudgetOverrun& o : b.overruns)
        line("- **" + (o.id.empty() ? std::string("the plan") : md(o.id)) + "**: spent " + money_text(o.spent) +
             " of " + money_text(o.budget));
    }
  }

  void kpis(const PlanReport& p) {
    if (p.kpis.empty()) return;
    line();
    line("## KPI pace");
    line();
    line(fmt::format("Linear pace from the baseline on {} to the target on the due date: on track at "
                     "{}× the expected progress or more, off track below {}×.",
                     p.kpis.front().baseline_date.str(), r_.options.on_track, r_.options.off_track));
    line();
    line("| goal | KPI | actual | expected | target | due | at due | pace |");
    line("|---|---|---:|---:|---:|---|---:|---|");
    auto num = [](const std::optional<double>& v) { return v ? report::number_text(*v) : std::string("–"); };
    for (const KpiPace& k : p.kpis) {
      std::string pace = k.missing.empty() ? std::string(to_string(k.pace)) : "needs " + md(k.missing);
      if (k.ratio && k.pace != Pace::on_track) pace += fmt::format(" ({:.2f}×)", *k.ratio);
      if (k.stale) pace += fmt::format(", stale ({} days)", k.age_days);
      if (k.pace == Pace::off_track) pace = "**" + pace + "**";
      line(fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |", md(k.goal), md(report::kpi_label(k)), num(k.actual),
                       k.missing.empty() ? report::number_text(k.expected) : "–", num(k.target),
                       k.due ? k.due->str() : "–", num(k.projected), pace));
    }
    for (const KpiPace& k : p.kpis) {
      if (k.candidates.empty()) continue;
      line();
      line("**Cut or fix** (" + md(report::kpi_label(k)) + " is off track), the tactics " +
           (k.tactic.empty() ? "serving " + md(k.goal) : "in " + md(k.tactic)) + ":");
      line();
      for (const PaceCandidate& c : k.candidates)
        line("- " + md(c.id) + ": " + md(c.title) + " (spent " + money_text(c.spent) + " of " + money_text(c.budget) + ")");
    }
  }

  void agenda_list(std::string_view title, const std::vector<AgendaItem>& items, int running) {
    line();
    line("### " + std::string(title));
    line();
    if (items.empty() && running == 0) line("Nothing.");
    for (const AgendaItem& i : items)
      line("- " + i.start.str() + (i.end != i.start ? " to " + i.end.str() : "") + ": " + md(i.title) +
           (i.kind == "due" ? " (due)" : i.kind == "milestone" ? " (milestone)" : "") +
           (i.owner.empty() ? "" : " · " + md(i.owner)));
    if (running > 0) line(fmt::format("- and {} running through the week", running));
  }

  void agenda(const Agenda& a) {
    line();
    line("## Agenda");
    agenda_list("This week (from " + a.this_week.str() + ")", a.this_week_items, a.this_week_running);
    agenda_list("Next week (from " + a.next_week.str() + ")", a.next_week_items, a.next_week_running);
    if (!a.overdue.empty()) agenda_list("Overdue (last day passed, not done)", a.overdue, 0);
  }

  void goal_item(const PlanReport& p, const TraceGoal& g, std::string_view indent) {
    std::string tail = g.no_tactic() ? " · ⚠ **no tactic**"
                                     : fmt::format(" · {} · {}", plural_tactics(g.tactic_count),
                                                   money_text(g.budget, p.currency));
    std::string kpis = g.kpis.empty() ? " · ⚠ no KPI" : " · KPIs: " + join_md(g.kpis);
    line(std::string(indent) + "- goal **" + md(g.id) + "**: " + md(g.title) + kpis + tail);
    for (const TraceTactic& t : g.tactics)
      line(std::string(indent) + "  - " + md(t.id) + ": " + md(t.title) + " (" + money_text(t.budget) + ", " +
           md(report::status_text(t)) + ")");
  }

  static std::string plural_tactics(int n) { return fmt::format("{} tactic{}", n, n == 1 ? "" : "s"); }
  static std::string join_md(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + md(id);
    return out;
  }

  void traceability(const PlanReport& p) {
    const Traceability& tr = p.traceability;
    line();
    line("## Traceability");
    line();
    for (const TraceObjective& o : tr.objectives) {
      line("- objective **" + md(o.id) + "**: " + md(o.title) + (o.goals.empty() ? " · ⚠ **no goal serves it**" : ""));
      for (const std::string& id : o.goals)
        for (const TraceGoal& g : tr.goals)
          if (g.id == id) goal_item(p, g, "  ");
    }
    for (const TraceGoal& g : tr.goals)
      if (g.objectives.empty()) {
        line("- ⚠ **serving no objective**");
        goal_item(p, g, "  ");
      }
    if (!tr.without_goal.empty()) {
      line("- ⚠ **tactics serving no goal**");
      for (const TraceTactic& t : tr.without_goal) line("  - " + md(t.id) + ": " + md(t.title));
    }
  }

  void timeline(const PlanReport& p) {  // a Mermaid gantt
    if (p.timeline.empty()) return;
    line();
    line("## Timeline");
    line();
    line("```mermaid");
    line("gantt");
    line("  dateFormat YYYY-MM-DD");
    line("  axisFormat %b %d");
    // One section per goal, in the order the goals first appear.
    std::vector<const TimelineItem*> items;
    for (const TimelineItem& t : p.timeline) items.push_back(&t);
    std::vector<std::string_view> order;
    for (const TimelineItem* t : items)
      if (std::find(order.begin(), order.end(), t->goal) == order.end()) order.push_back(t->goal);
    std::stable_sort(items.begin(), items.end(), [&](const TimelineItem* a, const TimelineItem* b) {
      return std::find(order.begin(), order.end(), a->goal) < std::find(order.begin(), order.end(), b->goal);
    });
    std::string section = "\x01";
    for (const TimelineItem* item : items) {
      const TimelineItem& t = *item;
      if (t.goal != section) {
        section = t.goal;
        line("  section " + (section.empty() ? std::string("no goal") : mermaid(section)));
      }
      std::string tags = t.status == Status::done ? "done, " : t.status == Status::active ? "active, " : "";
      if (t.status == Status::dropped) continue;
      line(fmt::format("  {} :{}{}, {}", mermaid(t.title), tags, t.from.str(), t.to.plus_days(1).str()));
    }
    line(fmt::format("  today :milestone, {}, 0d", r_.today.str()));
    line("```");
  }

  void health(const Health& h) {
    line();
    line("## Health");
    line();
    line(fmt::format("{} error{}, {} warning{}, {} note{}.", h.errors, h.errors == 1 ? "" : "s", h.warnings,
                     h.warnings == 1 ? "" : "s", h.notes, h.notes == 1 ? "" : "s"));
    if (!h.rules.empty()) {
      line();
      line("| rule | severity | findings |");
      line("|---|---|---:|");
      for (const RuleCount& c : h.rules) line(fmt::format("| {} | {} | {} |", c.rule, to_string(c.severity), c.count));
    }
    if (!h.reviews.empty()) line();
    for (const ReviewStatus& r : h.reviews) {
      if (!r.reviewed) line("- " + md(r.strategy) + ": never reviewed; review every " + r.every.str());
      else
        line(fmt::format("- {}: reviewed {} ({} days ago), every {}: {}{} {}{}", md(r.strategy), r.reviewed->str(),
                         r.days_since, r.every.str(), r.overdue ? "**" : "", r.overdue ? "overdue since" : "next by",
                         r.due->str(), r.overdue ? "**" : ""));
    }
  }

  const Report& r_;
  const ReportRender& o_;
  Output out_;
};

}  // namespace

std::string render_report_markdown(const Report& report, const ReportRender& options) {
  return MarkdownReport(report, options).render();
}

}  // namespace strat
