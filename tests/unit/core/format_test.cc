#include <doctest/doctest.h>

#include <algorithm>

#include "strat/calendar_render.h"
#include "strat/check_format.h"
#include "strat/error.h"
#include "strat/report.h"

using namespace strat;

namespace {

struct Toy {
  int n;
};

std::string render_toy(const Toy& t) { return std::to_string(t.n); }

constexpr Format<Toy> kToy[] = {{"text", "plain", render_toy}, {"markdown", "for docs", render_toy}};

}  // namespace

TEST_CASE("format tables: lookup and the unknown-format error") {
  std::span<const Format<Toy>> table = kToy;
  CHECK(find_format(table, "markdown").render({3}) == "3");
  CHECK(lookup_format(table, "html") == nullptr);
  CHECK_THROWS_WITH_AS(find_format(table, "xml"), "unknown format 'xml'; valid formats: text, markdown",
                       Error);
  CHECK_THROWS_WITH_AS(find_format(table, "markdwon"),
                       "unknown format 'markdwon'; valid formats: text, markdown; did you mean 'markdown'?",
                       Error);
}

TEST_CASE("format tables: check's table is the list config validation reads") {
  std::vector<std::string_view> table;
  for (const OutputFormat& f : output_formats()) table.push_back(f.name);
  std::span<const std::string_view> names = format_names("check");
  CHECK(std::vector<std::string_view>(names.begin(), names.end()) == table);
  CHECK(find_format("sarif") == &find_format(output_formats(), "sarif"));
  CHECK(format_names("diff").size() == 3);
  CHECK(format_names("nothing").empty());
}

TEST_CASE("format tables: calendar's and report's tables are the lists config validation reads") {
  auto names_of = [](auto table) {
    std::vector<std::string_view> out;
    for (const auto& f : table) out.push_back(f.name);
    return out;
  };
  auto listed = [](std::string_view subcommand) {
    std::span<const std::string_view> names = format_names(subcommand);
    return std::vector<std::string_view>(names.begin(), names.end());
  };
  CHECK(names_of(calendar_formats()) == listed("calendar"));
  CHECK(names_of(report_formats()) == listed("report"));
  CHECK(format_names("nothing").empty());
}
