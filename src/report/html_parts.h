// Pieces of the HTML report shared by its files.
#pragma once

#include <string>
#include <string_view>

namespace strat::report {

/// The inline style sheet (no url(), no web font).
std::string_view html_style();

}  // namespace strat::report
