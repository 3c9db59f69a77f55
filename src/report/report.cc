// build_report: every plan's sections and the run's health; the section and format names.
#include "strat/report.h"

namespace strat {

namespace {

constexpr std::string_view kSections[] = {"traceability", "budget", "kpis", "agenda", "health"};

template <std::string (*Render)(const Report&, const ReportRender&)>
constexpr auto row = render_parts<Report, ReportRender, Render>;

constexpr ReportFormat kFormats[] = {
    {"text", "one screen per plan for a terminal; --section for the details", row<render_report_text>},
    {"markdown", "tables, lists and a Mermaid gantt, for a pull request or a wiki", row<render_report_markdown>},
    {"html", "one self-contained page with inline SVG charts", row<render_report_html>},
    {"json", "the report data, for dashboards", row<render_report_json>},
};

}  // namespace

std::vector<std::string_view> report_section_names() { return {std::begin(kSections), std::end(kSections)}; }

std::string_view to_string(ReportSection s) { return kSections[static_cast<size_t>(s)]; }

std::optional<ReportSection> parse_report_section(std::string_view name) {
  for (size_t i = 0; i < std::size(kSections); ++i)
    if (kSections[i] == name) return ReportSection(i);
  return std::nullopt;
}

std::string_view to_string(Pace p) {
  switch (p) {
    case Pace::on_track: return "on-track";
    case Pace::at_risk: return "at-risk";
    case Pace::off_track: return "off-track";
    case Pace::early: return "early";
    case Pace::unknown: break;
  }
  return "unknown";
}

bool ReportRender::shows(ReportSection s) const {
  return sections.empty() || std::find(sections.begin(), sections.end(), s) != sections.end();
}

Report build_report(const Workspace& ws, const std::vector<Diagnostic>& diagnostics,
                    const ReportOptions& options) {
  Report r;
  r.today = options.today;
  r.options = options;
  std::vector<Agenda> agendas = build_agendas(ws, options);
  for (size_t i = 0; i < ws.plans.size(); ++i) {
    const auto& plan = ws.plans[i];
    PlanReport p;
    p.agenda = std::move(agendas[i]);
    p.name = plan->name;
    p.file = plan->source ? plan->source->path() : "";
    if (plan->strategy) p.strategy = plan->strategy->name;
    if (plan->period.from) p.from = plan->period.from->value;
    if (plan->period.to) p.to = plan->period.to->value;
    p.currency = plan->currency;
    p.traceability = build_traceability(*plan, options);
    p.budget = build_budget(*plan, options);
    p.kpis = build_kpi_pace(*plan, options);
    p.timeline = build_timeline(*plan, options);
    r.plans.push_back(std::move(p));
  }
  r.health = build_health(ws, diagnostics, options);
  return r;
}

std::span<const ReportFormat> report_formats() { return kFormats; }

std::string render_report(std::string_view format, const Report& report, const ReportRender& options) {
  return find_format(report_formats(), format).render({report, options});
}

}  // namespace strat
