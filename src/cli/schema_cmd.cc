// strat schema strategy|plan|config: the JSON Schema of a file kind, for editors.
#include "cli/commands.h"
#include "cli/common.h"
#include "strat/json_schema.h"

namespace strat::cli {

void setup_schema(CLI::App& cmd, int& status) {
  auto kind = std::make_shared<std::string>();
  std::vector<std::string> kinds(schema_kinds().begin(), schema_kinds().end());
  one_of(cmd.add_option("kind", *kind, "strategy, plan or config"), kinds)->required()->type_name("KIND");
  cmd.footer(R"(Examples:
  strat schema plan > .vscode/strat-plan.schema.json
  strat schema strategy | jq .properties.goals

The schemas are written from the tables the loader reads files with. See docs/editors.md
for VS Code and Neovim, and man strat-schema.)");
  cmd.callback([kind, &status] {
    write_stdout(*json_schema(*kind));
    status = 0;
  });
}

}  // namespace strat::cli
