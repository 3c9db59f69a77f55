// Escaping text for HTML and XML documents.
#pragma once

#include <string>
#include <string_view>

namespace strat {

/// `text` safe inside HTML or XML content and quoted attributes: & < > " ' as entities,
/// ill-formed UTF-8 as U+FFFD, and control characters other than tab and line breaks as U+FFFD.
std::string html_escape(std::string_view text);

}  // namespace strat
