// The HTML report: one self-contained page (inline CSS and SVG, no script, no fetch), every
// piece of text from the files escaped and marked dir="auto".
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/html_parts.h"
#include "report/report_util.h"
#include "strat/output.h"
#include "strat/xml.h"

namespace strat {

namespace {

using report::money_text;
using report::percent;

/// "he" or "ar" when the text is written in Hebrew or Arabic letters, else "".
std::string guess_lang(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xD6 || c == 0xD7) return "he";  // U+0580..U+05FF
    if (c >= 0xD8 && c <= 0xDB) return "ar";  // U+0600..U+06FF
  }
  return "";
}

/// Text from the files, escaped, in its own direction.
std::string t(std::string_view text, std::string_view tag = "span", std::string_view cls = {}) {
  std::string lang = guess_lang(text);
  return fmt::format("<{0} dir=\"auto\"{1}{2}>{3}</{0}>", tag, lang.empty() ? "" : " lang=\"" + lang + "\"",
                     cls.empty() ? "" : " class=\"" + std::string(cls) + "\"", xml_attribute(text));
}

/// An SVG bar filled to `share` of its track, with an optional marker line at `mark`.
std::string svg_bar(double share, std::string_view cls, std::optional<double> mark = {},
                    std::string_view mark_cls = "expected") {
  auto x = [](double s) { return std::lround(std::clamp(std::isfinite(s) ? s : 0.0, 0.0, 1.0) * 1000); };
  std::string out = fmt::format(
      "<svg viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
      "<rect class=\"track\" width=\"1000\" height=\"20\"/><rect class=\"{}\" width=\"{}\" height=\"20\"/>",
      cls, x(share));
  if (mark)
    out += fmt::format("<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"0\" y2=\"20\" vector-effect=\"non-scaling-stroke\"/>",
                       mark_cls, x(*mark), x(*mark));
  return out + "</svg>";
}

std::string_view pace_fill(Pace p) {
  return p == Pace::on_track ? "ok" : p == Pace::at_risk ? "risk" : p == Pace::off_track ? "bad" : "bar";
}

class HtmlReport {
 public:
  HtmlReport(const Report& r, const ReportRender& o) : r_(r), o_(o), out_(o.sink) {}

  std::string render() {
    std::string title = r_.plans.size() == 1 ? r_.plans.front().name : "strat report";
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out_ += "<title>" + xml_attribute(title) + "</title>\n<style>" + std::string(report::html_style()) + "</style>\n";
    out_ += "</head>\n<body>\n<main>\n";
    report::walk(r_, o_, *this);
    out_ += "<footer>strat report · today " + r_.today.str() + "</footer>\n</main>\n</body>\n</html>\n";
    return out_.finish();
  }

 private:
  template <class Page>
  friend void report::walk(const Report&, const ReportRender&, Page&);

  void header(const PlanReport& p) {
    out_ += "<header>\n" + t(p.name, "h1") + "\n<p class=\"sub\">";
    out_ += p.from && p.to ? p.from->str() + " → " + p.to->str() : "no period";
    if (!p.strategy.empty()) out_ += " · " + t(p.strategy);
    out_ += "</p>\n</header>\n";
  }

  void card(std::string_view label, const std::string& value) {
    out_ += "<div class=\"card\"><span>" + std::string(label) + "</span><b>" + value + "</b></div>";
  }

  void chart(std::string_view title, const std::vector<BudgetRow>& rows, Money total, std::string_view none) {
    if (rows.empty()) return;
    out_ += "<h3>" + std::string(title) + "</h3>\n<div class=\"chart\">\n";
    for (const BudgetRow& row : rows) {
      double share = report::ratio(row.allocated, total);
      out_ += "<div class=\"label\">" + (row.label.empty() ? std::string(none) : t(row.label)) + "</div>";
      out_ += svg_bar(share, "bar");
      out_ += "<div class=\"num\">" + money_text(row.allocated) + " · " + percent(share) + "</div>\n";
    }
    out_ += "</div>\n";
  }

  void table(std::string_view title, std::string_view what, const std::vector<BudgetRow>& rows) {
    if (rows.empty()) return;
    out_ += "<h3>" + std::string(title) + "</h3>\n<div class=\"scroll\"><table><thead><tr><th>" + std::string(what) +
            "</th><th class=\"num\">allocated</th><th class=\"num\">spent</th></tr></thead><tbody>\n";
    for (const BudgetRow& row : rows)
      out_ += "<tr><td>" + (row.label.empty() ? std::string("(none)") : t(row.label)) + "</td><td class=\"num\">" +
              money_text(row.allocated) + "</td><td class=\"num\">" + money_text(row.spent) + "</td></tr>\n";
    out_ += "</tbody></table></div>\n";
  }

  void budget(const PlanReport& p) {
    const Budget& b = p.budget;
    std::string cur = xml_attribute(p.currency);
    out_ += "<section class=\"part\" id=\"budget\">\n<h2>Budget</h2>\n<div class=\"cards\">";
    if (b.plan_budget) card("plan budget", cur + " " + money_text(*b.plan_budget));
    card("allocated", cur + " " + money_text(b.allocated));
    card("spent", cur + " " + money_text(b.spent));
    card("remaining", cur + " " + money_text(b.remaining));
    out_ += "</div>\n";
    bool ahead = b.spent > b.planned_to_date && b.spent_share > b.elapsed_share;
    out_ += fmt::format("<p><b>{} spent, {} of the period gone.</b>{}</p>\n", percent(b.spent_share),
                        percent(b.elapsed_share), ahead ? " <span class=\"warn\">Spending is ahead of plan.</span>" : "");
    out_ += "<div class=\"chart\">\n<div class=\"label\">spent (│ period gone)</div>" +
            svg_bar(b.spent_share, ahead ? "bad" : "bar", b.elapsed_share, "today") + "<div class=\"num\">" +
            percent(b.spent_share) + "</div>\n</div>\n";
    if (b.over_allocated)
      out_ += "<p class=\"warn\">Over-allocated: the tactics commit " + money_text(b.allocated) + " of " +
              money_text(*b.plan_budget) + ".</p>\n";
    chart("By goal", b.by_goal, b.allocated, "(no goal)");
    chart("By month", b.by_month, b.allocated, "undated");
    table("By channel", "channel", b.by_channel);
    table("By owner", "owner", b.by_owner);
    if (!b.overruns.empty()) {
      out_ += "<h3>Overruns</h3>\n<ul>\n";
      for (const BudgetOverrun& o : b.overruns)
        out_ += "<li class=\"warn\">" + (o.id.empty() ? std::string("the plan") : t(o.id)) + ": spent " +
                money_text(o.spent) + " of " + money_text(o.budget) + "</li>\n";
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void kpis(const PlanReport& p) {
    if (p.kpis.empty()) return;
    out_ += "<section class=\"part\" id=\"kpis\">\n<h2>KPI pace</h2>\n";
    out_ += fmt::format("<p class=\"meta\">Progress from the baseline on {} toward the target; the line marks the "
                        "progress a straight pace expects by the measurement. On track at {}× the expected "
                        "progress or more, off track below {}×.</p>\n<div class=\"chart\">\n",
                        p.kpis.front().baseline_date.str(), r_.options.on_track, r_.options.off_track);
    for (const KpiPace& k : p.kpis) {
      out_ += "<div class=\"label\">" + t(k.metric.empty() ? report::kpi_label(k) : k.metric) + "</div>";
      if (!k.missing.empty()) {
        out_ += svg_bar(0, "bar") + "<div class=\"num\"><span class=\"tag unknown\">needs " + xml_attribute(k.missing) +
                "</span></div>\n";
        continue;
      }
      double span = *k.target - *k.baseline;
      double done = (*k.actual - *k.baseline) / span, expected = (k.expected - *k.baseline) / span;
      out_ += svg_bar(done, pace_fill(k.pace), expected);
      out_ += "<div class=\"num\"><span class=\"tag " + std::string(to_string(k.pace)) + "\">" +
              std::string(to_string(k.pace)) + "</span></div>\n";
    }
    out_ += "</div>\n<div class=\"scroll\"><table><thead><tr><th>KPI</th><th class=\"num\">baseline</th>"
            "<th class=\"num\">actual</th><th class=\"num\">expected</th><th class=\"num\">target</th><th>due</th>"
            "<th class=\"num\">at due</th><th>measured</th></tr></thead><tbody>\n";
    auto num = [](const std::optional<double>& v) { return v ? report::number_text(*v) : std::string("–"); };
    for (const KpiPace& k : p.kpis) {
      bool paced = k.missing.empty();
      out_ += "<tr><td>" + t(report::kpi_label(k)) + (k.unit.empty() ? "" : " <span class=\"meta\">(" + t(k.unit) + ")</span>") +
              "</td><td class=\"num\">" + num(k.baseline) + "</td><td class=\"num\">" + num(k.actual) +
              "</td><td class=\"num\">" + (paced ? report::number_text(k.expected) : "–") + "</td><td class=\"num\">" +
              num(k.target) + "</td><td>" + (k.due ? k.due->str() : "–") + "</td><td class=\"num\">" +
              num(k.projected) + "</td><td>" + (paced ? k.measured.str() : "–") +
              (k.stale ? fmt::format(" <span class=\"warn\">stale ({} days)</span>", k.age_days) : "") + "</td></tr>\n";
    }
    out_ += "</tbody></table></div>\n";
    for (const KpiPace& k : p.kpis) {
      if (k.candidates.empty()) continue;
      out_ += "<h3>Cut or fix: " + t(report::kpi_label(k)) + " is off track</h3>\n<ul>\n";
      for (const PaceCandidate& c : k.candidates)
        out_ += "<li>" + t(c.title) + " <span class=\"meta\">" + xml_attribute(c.id) + " · spent " + money_text(c.spent) +
                " of " + money_text(c.budget) + "</span></li>\n";
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void agenda_list(std::string_view title, const std::vector<AgendaItem>& items, int running, bool overdue) {
    out_ += "<h3>" + std::string(title) + "</h3>\n<ul>\n";
    if (items.empty() && running == 0) out_ += "<li class=\"meta\">nothing</li>\n";
    for (const AgendaItem& i : items)
      out_ += std::string(overdue ? "<li class=\"warn\">" : "<li>") + i.start.str() +
              (i.end != i.start ? " – " + i.end.str() : "") + " " + t(i.title) +
              (i.kind == "due" ? " <span class=\"meta\">due</span>" : "") +
              (i.owner.empty() ? "" : " <span class=\"meta\">" + t(i.owner) + "</span>") + "</li>\n";
    if (running > 0) out_ += fmt::format("<li class=\"meta\">and {} running through the week</li>\n", running);
    out_ += "</ul>\n";
  }

  void agenda(const Agenda& a) {
    out_ += "<section class=\"part\" id=\"agenda\">\n<h2>Agenda</h2>\n";
    agenda_list("This week, from " + a.this_week.str(), a.this_week_items, a.this_week_running, false);
    agenda_list("Next week, from " + a.next_week.str(), a.next_week_items, a.next_week_running, false);
    if (!a.overdue.empty()) agenda_list("Overdue: last day passed, not done", a.overdue, 0, true);
    out_ += "</section>\n";
  }

  void timeline(const PlanReport& p) {
    if (p.timeline.empty()) return;
    Date from = p.from.value_or(p.timeline.front().from), to = p.to.value_or(p.timeline.front().to);
    for (const TimelineItem& i : p.timeline) from = std::min(from, i.from), to = std::max(to, i.to);
    double days = static_cast<double>(to.days() - from.days() + 1);
    auto at = [&](Date d) { return static_cast<double>(d.days() - from.days()) / days; };
    out_ += "<section class=\"part\" id=\"timeline\">\n<h2>Timeline</h2>\n<div class=\"chart\">\n<div></div><div class=\"months\">";
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int ticks = 0;
    for (Date m = Date::from_ymd(from.year(), from.month(), 1); m <= to && ticks < 24; m = m.plus_months(1), ++ticks)
      if (m >= from) out_ += fmt::format("<span style=\"left:{:.1f}%\">{}</span>", at(m) * 100, kMonths[m.month() - 1]);
    out_ += "</div><div></div>\n";
    double today = at(r_.today);
    for (const TimelineItem& i : p.timeline) {
      long x = std::lround(at(i.from) * 1000), w = std::max(4L, std::lround((at(i.to.plus_days(1)) - at(i.from)) * 1000));
      std::string cls = i.status == Status::dropped ? "track" : i.status == Status::done ? "ok" : "bar";
      out_ += "<div class=\"label\">" + t(i.title) + "</div>";
      out_ += fmt::format("<svg viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                          "<rect class=\"{}\" x=\"{}\" y=\"3\" width=\"{}\" height=\"14\"/>", cls, x, w);
      if (today >= 0 && today <= 1)
        out_ += fmt::format("<line class=\"today\" x1=\"{0}\" x2=\"{0}\" y1=\"0\" y2=\"20\" vector-effect=\"non-scaling-stroke\"/>",
                            std::lround(today * 1000));
      out_ += "</svg><div class=\"num meta\">" + i.from.str().substr(5) + " – " + i.to.str().substr(5) +
              (i.occurrences ? fmt::format(" · ×{}", i.occurrences) : "") +
              (i.status == Status::dropped ? " · dropped" : "") + "</div>\n";
    }
    out_ += "</div>\n<p class=\"meta\">The red line is today, " + r_.today.str() + ".</p>\n</section>\n";
  }

  void goal_item(const PlanReport& p, const TraceGoal& g) {
    out_ += "<li><span class=\"kind\">goal</span>" + t(g.title, "b") + " <span class=\"meta\">";
    out_ += g.no_tactic() ? "</span><span class=\"warn\">no tactic</span>"
                          : fmt::format("{} tactic{} · {} {}</span>", g.tactic_count, g.tactic_count == 1 ? "" : "s",
                                        xml_attribute(p.currency), money_text(g.budget));
    if (g.kpis.empty()) out_ += " <span class=\"warn\">no KPI</span>";
    out_ += "\n<ul>\n";
    for (const std::string& k : g.kpis) out_ += "<li><span class=\"kind\">KPI</span>" + t(k) + "</li>\n";
    for (const TraceTactic& tt : g.tactics)
      out_ += "<li><span class=\"kind\">tactic</span>" + t(tt.title) + " <span class=\"meta\">" + money_text(tt.budget) +
              " · " + xml_attribute(report::status_text(tt)) + "</span></li>\n";
    out_ += "</ul></li>\n";
  }

  void traceability(const PlanReport& p) {
    const Traceability& tr = p.traceability;
    out_ += "<section class=\"part\" id=\"traceability\">\n<h2>Traceability</h2>\n<ul class=\"tree\">\n";
    for (const TraceObjective& o : tr.objectives) {
      out_ += "<li><span class=\"kind\">objective</span>" + t(o.title, "b") +
              (o.goals.empty() ? " <span class=\"warn\">no goal serves it</span>" : "") + "\n<ul>\n";
      for (const std::string& id : o.goals)
        for (const TraceGoal& g : tr.goals)
          if (g.id == id) goal_item(p, g);
      out_ += "</ul></li>\n";
    }
    bool open = false;
    for (const TraceGoal& g : tr.goals) {
      if (!g.objectives.empty()) continue;
      if (!open) out_ += "<li><span class=\"warn\">goals serving no objective</span>\n<ul>\n";
      open = true;
      goal_item(p, g);
    }
    if (open) out_ += "</ul></li>\n";
    if (!tr.without_goal.empty()) {
      out_ += "<li><span class=\"warn\">tactics serving no goal</span>\n<ul>\n";
      for (const TraceTactic& tt : tr.without_goal)
        out_ += "<li><span class=\"kind\">tactic</span>" + t(tt.title) + "</li>\n";
      out_ += "</ul></li>\n";
    }
    out_ += "</ul>\n</section>\n";
  }

  void health(const Health& h) {
    out_ += fmt::format("<section class=\"part\" id=\"health\">\n<h2>Health</h2>\n<p>{} error{}, {} warning{}, {} note{}.</p>\n",
                        h.errors, h.errors == 1 ? "" : "s", h.warnings, h.warnings == 1 ? "" : "s", h.notes,
                        h.notes == 1 ? "" : "s");
    if (!h.rules.empty()) {
      out_ += "<table><thead><tr><th>rule</th><th>severity</th><th class=\"num\">findings</th></tr></thead><tbody>\n";
      for (const RuleCount& c : h.rules)
        out_ += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n", xml_attribute(c.rule),
                            to_string(c.severity), c.count);
      out_ += "</tbody></table>\n";
    }
    out_ += "<ul>\n";
    for (const ReviewStatus& r : h.reviews) {
      out_ += "<li>" + t(r.strategy) + ": ";
      if (!r.reviewed) out_ += "<span class=\"warn\">never reviewed</span>; review every " + r.every.str();
      else
        out_ += fmt::format("reviewed {} ({} days ago), every {}: {}", r.reviewed->str(), r.days_since, r.every.str(),
                            r.overdue ? "<span class=\"warn\">overdue since " + r.due->str() + "</span>"
                                      : "next by " + r.due->str());
      out_ += "</li>\n";
    }
    out_ += "</ul>\n</section>\n";
  }

  const Report& r_;
  const ReportRender& o_;
  Output out_;
};

}  // namespace

std::string render_report_html(const Report& report, const ReportRender& options) {
  return HtmlReport(report, options).render();
}

}  // namespace strat
