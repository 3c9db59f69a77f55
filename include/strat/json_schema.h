// `strat schema`: JSON Schemas (draft 2020-12) of strategy, plan and config files, written from
// the loader's own field tables (src/load/fields.h).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace strat {

/// The kinds there is a schema for: strategy, plan, config.
std::span<const std::string_view> schema_kinds();
/// The JSON Schema of `kind`, or nothing for an unknown kind.
std::optional<std::string> json_schema(std::string_view kind);

}  // namespace strat
