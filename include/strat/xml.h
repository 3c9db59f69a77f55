// Escaping for XML and HTML output (junit, report's HTML).
#pragma once

#include <string>
#include <string_view>

namespace strat {

/// `text` as XML 1.0 (or HTML) character data: & < > escaped; characters XML 1.0 forbids (C0
/// controls but tab and line breaks, U+FFFE, U+FFFF, ill-formed UTF-8) become U+FFFD.
std::string xml_text(std::string_view text);
/// `text` as an attribute value inside double quotes: as xml_text, and " as &quot;, tab and
/// line breaks as character references, so that attribute-value normalisation keeps them.
std::string xml_attribute(std::string_view text);

}  // namespace strat
