// Files embedded in the binary at build time (tools/embed.cc writes the tables).
#pragma once

#include <span>
#include <string_view>

namespace strat {

/// One embedded file: its path relative to the embedded folder, and its bytes.
struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

/// The file called `name` in `files`, or nullptr.
inline const EmbeddedFile* find_embedded(std::span<const EmbeddedFile> files, std::string_view name) {
  for (const EmbeddedFile& f : files)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace strat
