// The text report: one screen per plan on a terminal, bars in Unicode eighth blocks (or
// ASCII), aligned by display width, colour only when asked.
#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "strat/output.h"
#include "report/report_util.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat {

namespace {

using report::money_text;
using report::percent;

/// A horizontal bar `cells` wide filled to `share` (clamped to 0..1).
std::string bar(double share, size_t cells, bool ascii) {
  static constexpr std::string_view kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  share = std::isfinite(share) ? std::clamp(share, 0.0, 1.0) : 0.0;
  auto eighths = static_cast<size_t>(std::llround(share * static_cast<double>(cells) * 8));
  std::string out;
  size_t used = 0;
  if (ascii) {
    for (; used < (eighths + 4) / 8; ++used) out += '#';
  } else {
    for (; used < eighths / 8; ++used) out += "█";
    if (eighths % 8) out += kEighths[eighths % 8], ++used;
  }
  return out + std::string(cells - std::min(cells, used), ' ');
}

/// Text from a file, safe for a terminal and cut to `width` columns.
std::string cell(std::string_view text, size_t width) {
  return pad_right(truncate_to_width(visible(text), width), width);
}

class TextReport {
 public:
  TextReport(const Report& r, const ReportRender& o)
      : r_(r), o_(o), width_(std::max(o.width, 60)), style_{o.color}, detail_(!o.sections.empty()),
        out_(o.sink) {}

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
  std::string bold(std::string_view t) const { return style_.paint("1", t); }
  std::string pace_color(Pace p, std::string_view t) const {
    return style_.paint(p == Pace::on_track ? "32" : p == Pace::at_risk ? "33" : p == Pace::off_track ? "31" : "2", t);
  }
  size_t w() const { return static_cast<size_t>(width_); }

  void heading(std::string_view title, std::string_view rest = {}) {
    if (!out_.empty()) line();
    line(bold(title) + (rest.empty() ? "" : "  " + truncate_to_width(rest, w() - std::min(w(), title.size() + 2))));
  }

  void header(const PlanReport& p) {
    bool sections = o_.shows(ReportSection::budget) || o_.shows(ReportSection::kpis) ||
                    o_.shows(ReportSection::agenda) || o_.shows(ReportSection::traceability);
    if (!out_.empty() && sections) line();  // between plans that show more than their names
    std::string when = "today " + r_.today.str();
    size_t room = w() - std::min(w(), display_width(when) + 2);
    std::string name = truncate_to_width(visible(p.name), room);
    line(bold(name) + std::string(w() - display_width(name) - display_width(when), ' ') + when);
    std::string sub = p.from && p.to ? p.from->str() + " → " + p.to->str() : "no period";
    if (!p.strategy.empty()) sub += " · " + visible(p.strategy);
    line(truncate_to_width(sub, w()));
    if (!detail_) attention(p);
  }

  void timeline(const PlanReport&) {}  // the terminal has strat calendar --view timeline

  /// The summary's first line: what asks for a decision, each part with the section to open.
  void attention(const PlanReport& p) {
    std::vector<std::string> parts;
    int off = 0, risk = 0, stale = 0;
    for (const KpiPace& k : p.kpis) {
      off += k.pace == Pace::off_track;
      risk += k.pace == Pace::at_risk;
      stale += k.stale;
    }
    const Budget& b = p.budget;
    std::vector<std::string> kpi;
    if (off) kpi.push_back(fmt::format("{} off track", off));
    if (risk) kpi.push_back(fmt::format("{} at risk", risk));
    if (stale) kpi.push_back(fmt::format("{} stale", stale));
    if (!kpi.empty()) parts.push_back(fmt::format("KPIs {}", fmt::join(kpi, ", ")));
    if (!p.agenda.overdue.empty()) parts.push_back(fmt::format("{} overdue", p.agenda.overdue.size()));
    if (!b.overruns.empty()) parts.push_back(plural(static_cast<long long>(b.overruns.size()), "overrun", "overruns"));
    if (b.over_allocated) parts.push_back("over-allocated");
    if (b.spent_share > b.elapsed_share && b.spent > b.planned_to_date) parts.push_back("spending ahead of plan");
    for (const ReviewStatus& r : r_.health.reviews)
      if (r.overdue || !r.reviewed) parts.push_back("strategy review overdue");
    if (r_.health.errors) parts.push_back(plural(r_.health.errors, "check error", "check errors"));
    if (parts.empty()) {
      line(style_.paint("32", "nothing needs attention today"));
      return;
    }
    std::string text = fmt::format("needs attention: {}", fmt::join(parts, " · "));
    line(style_.paint("31", truncate_to_width(text, w())));
  }

  /// A week's items (`from`: its first day), or the overdue ones (no `from`).
  void agenda_items(std::string_view title, const std::vector<AgendaItem>& items, int running,
                    std::optional<Date> from) {
    bool overdue = !from;
    line(" " + bold(title) + (running > 0 ? style_.paint("2", fmt::format(" (and {} running through)", running)) : ""));
    if (items.empty()) line("  " + style_.paint("2", "nothing else"));
    // A week's items by the day each shows (a span that ends in the week shows its end).
    auto shown_day = [&](const AgendaItem& i) { return overdue || i.start >= *from ? (overdue ? i.end : i.start) : i.end; };
    std::vector<const AgendaItem*> order;
    for (const AgendaItem& i : items) order.push_back(&i);
    if (!overdue)
      std::stable_sort(order.begin(), order.end(),
                       [&](const AgendaItem* a, const AgendaItem* b) { return shown_day(*a) < shown_day(*b); });
    size_t shown = 0, limit = detail_ ? SIZE_MAX : 3;
    for (const AgendaItem* item : order) {
      const AgendaItem& i = *item;
      if (shown++ >= limit) break;
      static constexpr std::string_view kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
      bool starts = !overdue && i.start >= *from;
      Date d = shown_day(i);
      std::string when = overdue ? d.str() : std::string(kDays[d.weekday()]) + " " + d.str().substr(5);
      std::string mark;
      if (i.kind == "due") mark = "due ";
      else if (i.kind == "milestone") mark = o_.ascii ? "* " : "◆ ";
      else if (i.kind == "span" && !overdue) mark = starts ? "starts " : "ends ";
      std::string who = i.owner.empty() ? "" : "  " + visible(i.owner);
      size_t who_w = std::min(display_width(who), w() / 4);
      std::string left = "  " + when + "  " + mark;
      std::string text = cell(i.title, w() - std::min(w(), display_width(left) + who_w));
      std::string row = left + text + truncate_to_width(who, who_w);
      line(overdue ? style_.paint("31", row) : row);
    }
    if (items.size() > limit) line(fmt::format("  and {} more (--section agenda)", items.size() - limit));
  }

  void agenda(const Agenda& a) {
    heading("AGENDA", fmt::format("this week from {} · next week from {}", a.this_week.str(), a.next_week.str()));
    agenda_items("this week", a.this_week_items, a.this_week_running, a.this_week);
    agenda_items("next week", a.next_week_items, a.next_week_running, a.next_week);
    if (!a.overdue.empty()) agenda_items("overdue (last day passed, not done)", a.overdue, 0, std::nullopt);
  }

  /// One bar row: label, bar, amount, percentage.
  void bar_row(std::string_view label, size_t label_w, double share, const std::string& amount,
               size_t amount_w, bool alarm = false) {
    size_t cells = w() - std::min(w() - 10, 2 + label_w + 1 + 1 + amount_w + 5);
    std::string b = bar(share, cells, o_.ascii);
    if (alarm) b = style_.paint("31", b);
    line("  " + cell(label, label_w) + " " + b + " " + pad_left(amount, amount_w) + " " +
         pad_left(percent(share), 4));
  }

  void breakdown(std::string_view title, const std::vector<BudgetRow>& rows, Money total,
                 const std::string& currency, size_t limit) {
    if (rows.empty()) return;
    line(" " + bold(title));
    size_t label_w = 0, amount_w = 0;
    for (const BudgetRow& row : rows) {
      label_w = std::max(label_w, display_width(visible(row.label.empty() ? "(none)" : row.label)));
      amount_w = std::max(amount_w, display_width(money_text(row.allocated)));
    }
    label_w = std::min(label_w, w() / 3);
    size_t shown = 0;
    Money rest;
    for (const BudgetRow& row : rows) {
      if (shown++ >= limit) {
        rest = report::plus(rest, row.allocated);
        continue;
      }
      bar_row(row.label.empty() ? (title == "by month" ? "undated" : "(none)") : row.label, label_w,
              report::ratio(row.allocated, total), money_text(row.allocated), amount_w);
    }
    if (shown > limit)
      bar_row(fmt::format("{} more", shown - limit), label_w, report::ratio(rest, total),
              money_text(rest), amount_w);
    (void)currency;
  }

  void budget(const PlanReport& p) {
    const Budget& b = p.budget;
    std::string head = b.plan_budget ? "budget " + money_text(*b.plan_budget, p.currency) + " · " : "";
    head += "allocated " + money_text(b.allocated) + " · spent " + money_text(b.spent) +
            " · remaining " + money_text(b.remaining);
    heading("BUDGET", truncate_to_width(head, w() - 8));
    size_t label_w = 12, amount_w = std::max(display_width(money_text(b.spent)), display_width(money_text(b.planned_to_date)));
    Money base = b.plan_budget ? *b.plan_budget : b.allocated;
    bool burning = b.spent_share > b.elapsed_share && b.spent > b.planned_to_date;
    bar_row("spent", label_w, b.spent_share, money_text(b.spent), amount_w, burning);
    bar_row("planned", label_w, report::ratio(b.planned_to_date, base), money_text(b.planned_to_date), amount_w);
    if (detail_) bar_row("period gone", label_w, b.elapsed_share, "", amount_w);
    line(fmt::format("  {} spent, {} of the period gone{}", percent(b.spent_share), percent(b.elapsed_share),
                     burning ? style_.paint("31", ": spending ahead of plan") : ""));
    if (b.over_allocated)
      line("  " + style_.paint("31", "over-allocated: tactics commit " + money_text(b.allocated) +
                                         " of " + money_text(*b.plan_budget)));
    size_t limit = detail_ ? SIZE_MAX : 4;
    breakdown("by goal", b.by_goal, b.allocated, p.currency, limit);
    if (detail_) {
      breakdown("by month", b.by_month, b.allocated, p.currency, limit);
      breakdown("by channel", b.by_channel, b.allocated, p.currency, limit);
      breakdown("by owner", b.by_owner, b.allocated, p.currency, limit);
    }
    for (const BudgetOverrun& o : b.overruns)
      line("  " + style_.paint("31", "overrun") + " " +
           truncate_to_width(visible(o.id.empty() ? "the plan" : o.id) + ": spent " + money_text(o.spent) +
                                 " of " + money_text(o.budget),
                             w() - 10));
  }

  void kpis(const PlanReport& p) {
    if (p.kpis.empty()) return;
    heading("KPIS", fmt::format("pace from {}: on track ≥ {}×, off track < {}× the expected",
                                p.kpis.front().baseline_date.str(), r_.options.on_track, r_.options.off_track));
    // Narrow terminals drop the expected and at-due columns; the id column takes what is left.
    bool wide = w() >= 72;
    size_t fixed = 2 + (wide ? 4 : 2) * 9 + 2 + 22, id_w = 0;
    for (const KpiPace& k : p.kpis) id_w = std::max(id_w, display_width(visible(report::kpi_label(k))));
    id_w = std::clamp(w() - std::min(w(), fixed), size_t{6}, std::max(id_w, size_t{6}));
    line("  " + pad_right("", id_w) + (wide ? "   actual expected   target   at due  pace" : "   actual   target  pace"));
    auto num = [](const std::optional<double>& v) { return v ? report::number_text(*v) : std::string("-"); };
    std::vector<std::string> unpaced;  // the default screen names them on one line
    size_t rows = 0, row_limit = detail_ ? SIZE_MAX : 6, hidden = 0;
    for (const KpiPace& k : p.kpis) {
      std::string row = "  " + cell(report::kpi_label(k), id_w);
      if (!k.missing.empty() && !detail_) {
        unpaced.push_back(visible(report::kpi_label(k)));
        continue;
      }
      if (rows++ >= row_limit) {
        ++hidden;
        continue;
      }
      if (!k.missing.empty()) {
        line(row + "  " + style_.paint("2", truncate_to_width("no pace: needs " + visible(k.missing), w() - id_w - 4)));
        continue;
      }
      row += " " + pad_left(num(k.actual), 8) + " ";
      if (wide) row += pad_left(report::number_text(k.expected), 8) + " ";
      row += pad_left(num(k.target), 8) + " ";
      if (wide) row += pad_left(num(k.projected), 8) + " ";
      row += " " + pace_color(k.pace, to_string(k.pace));
      if (k.ratio && k.pace != Pace::on_track) row += fmt::format(" {:.2f}×", *k.ratio);
      if (k.stale) row += style_.paint("33", " stale");
      line(row);
    }
    if (hidden) line(fmt::format("  and {} more (--section kpis)", hidden));
    if (!unpaced.empty())
      line("  " + style_.paint("2", truncate_to_width(fmt::format("no pace yet (lacking a value): {}", fmt::join(unpaced, ", ")), w() - 2)));
    size_t cut_lists = 0;  // the default screen lists candidates for the first two off-track KPIs
    for (const KpiPace& k : p.kpis) {
      if (k.candidates.empty() || (!detail_ && cut_lists++ >= 2)) continue;
      line("  " + style_.paint("31", "cut or fix") + " for " + visible(report::kpi_label(k)) + " (spent / budget):");
      size_t shown = 0, limit = detail_ ? SIZE_MAX : 2;
      for (const PaceCandidate& c : k.candidates) {
        if (shown++ >= limit) break;
        std::string money = money_text(c.spent) + " / " + money_text(c.budget);
        line("    " + cell(fmt::format("{}  {}", c.id, c.title), w() - 4 - display_width(money) - 2) + "  " + money);
      }
      if (k.candidates.size() > limit)
        line(fmt::format("    and {} more (--section kpis)", k.candidates.size() - limit));
    }
  }

  /// The default screen's traceability: counts, then only the links that do not hold.
  void traceability_summary(const PlanReport& p) {
    const Traceability& tr = p.traceability;
    std::set<std::string> kpis;
    for (const TraceGoal& g : tr.goals) kpis.insert(g.kpis.begin(), g.kpis.end());
    auto count = [](size_t n, std::string_view one, std::string_view many) {
      return plural(static_cast<long long>(n), one, many);
    };
    heading("TRACEABILITY", fmt::format("{} · {} · {} · the tree: --section traceability",
                                        count(tr.objectives.size(), "objective", "objectives"),
                                        count(tr.goals.size(), "goal", "goals"), count(kpis.size(), "KPI", "KPIs")));
    std::string warn = o_.ascii ? "! " : "⚠ ";
    auto problem = [&](std::string_view what, const std::vector<std::string_view>& ids) {
      if (ids.empty()) return;
      line("  " + style_.paint("31", warn + std::string(what)) + ": " +
           truncate_to_width(visible(fmt::format("{}", fmt::join(ids, ", "))), w() - std::min(w(), what.size() + 6)));
    };
    std::vector<std::string_view> no_goal, no_tactic, no_kpi, no_objective, no_serving;
    for (const TraceObjective& o : tr.objectives)
      if (o.goals.empty()) no_goal.push_back(o.id);
    for (const TraceGoal& g : tr.goals) {
      if (g.no_tactic()) no_tactic.push_back(g.id);
      if (g.kpis.empty()) no_kpi.push_back(g.id);
      if (g.objectives.empty()) no_objective.push_back(g.id);
    }
    for (const TraceTactic& t : tr.without_goal) no_serving.push_back(t.id);
    problem("objectives no goal serves", no_goal);
    problem("goals with no tactic", no_tactic);
    problem("goals with no KPI", no_kpi);
    problem("goals serving no objective", no_objective);
    problem("tactics serving no goal", no_serving);
    if (no_goal.empty() && no_tactic.empty() && no_kpi.empty() && no_objective.empty() && no_serving.empty())
      line("  every link holds: each goal has an objective, a KPI and a tactic");
  }

  void traceability(const PlanReport& p) {
    if (!detail_) return traceability_summary(p);
    const Traceability& tr = p.traceability;
    heading("TRACEABILITY", "objective → goal → KPIs, tactics");
    std::string warn = o_.ascii ? "!" : "⚠";
    auto goal_line = [&](const TraceGoal& g, std::string_view indent) {
      std::string tail = g.no_tactic() ? style_.paint("31", warn + " no tactic")
                                       : fmt::format("{} · {}", plural(g.tactic_count, "tactic", "tactics"),
                                                     money_text(g.budget, p.currency));
      std::string kpis = g.kpis.empty() ? style_.paint("33", "no KPI") : plural(static_cast<long long>(g.kpis.size()), "KPI", "KPIs");
      std::string left = std::string(indent) + visible(g.id) + "  ";
      std::string right = "  " + kpis + " · " + tail;
      size_t room = w() - std::min(w(), display_width(left) + display_width(right) + 1);
      line(left + truncate_to_width(visible(g.title), room) + right);
      if (detail_)
        for (const TraceTactic& t : g.tactics)
          line(std::string(indent) + "    " +
               truncate_to_width(visible(t.id) + "  " + money_text(t.budget) + "  " + visible(report::status_text(t)),
                                 w() - indent.size() - 4));
    };
    for (const TraceObjective& o : tr.objectives) {
      std::string left = "  " + visible(o.id) + "  ";
      line(bold(left) + truncate_to_width(visible(o.title), w() - display_width(left)));
      if (o.goals.empty()) line("    " + style_.paint("31", warn + " no goal serves it"));
      for (const std::string& id : o.goals)
        for (const TraceGoal& g : tr.goals)
          if (g.id == id) goal_line(g, "    ");
    }
    bool header = false;
    for (const TraceGoal& g : tr.goals) {
      if (!g.objectives.empty()) continue;
      if (!header) line("  " + style_.paint("31", warn + " goals serving no objective"));
      header = true;
      goal_line(g, "    ");
    }
    if (!tr.without_goal.empty()) {
      line("  " + style_.paint("31", warn + " " + plural(static_cast<long long>(tr.without_goal.size()), "tactic", "tactics") + " serving no goal"));
      for (const TraceTactic& t : tr.without_goal) line("    " + truncate_to_width(visible(t.id) + "  " + visible(t.title), w() - 4));
    }
  }

  void health(const Health& h) {
    heading("HEALTH", fmt::format("{} · {} · {}", plural(h.errors, "error", "errors"),
                                  plural(h.warnings, "warning", "warnings"), plural(h.notes, "note", "notes")));
    size_t rule_w = 0;
    for (const RuleCount& c : h.rules) rule_w = std::max(rule_w, c.rule.size());
    for (const RuleCount& c : h.rules) {
      std::string sev(to_string(c.severity));
      std::string painted = style_.paint(c.severity == Severity::error ? "31" : c.severity == Severity::warning ? "33" : "2", pad_right(sev, 7));
      line(fmt::format("  {}  {}  {:>4}", pad_right(c.rule, rule_w), painted, c.count));
    }
    for (const ReviewStatus& r : h.reviews) {
      std::string text;
      if (!r.reviewed) text = "never reviewed; review every " + r.every.str();
      else text = fmt::format("last review {} ({} days ago), every {}: {} {}", r.reviewed->str(), r.days_since,
                              r.every.str(), r.overdue ? "overdue since" : "next by", r.due->str());
      if (h.reviews.size() > 1) line("  " + truncate_to_width(visible(r.strategy), w() - 2));
      text = truncate_to_width(text, w() - 2);
      line("  " + (r.overdue || !r.reviewed ? style_.paint("31", text) : text));
    }
  }

  const Report& r_;
  const ReportRender& o_;
  int width_;
  Style style_;
  bool detail_;
  Output out_;
};

}  // namespace

std::string render_report_text(const Report& report, const ReportRender& options) {
  return TextReport(report, options).render();
}

}  // namespace strat
