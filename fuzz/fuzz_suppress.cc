// libFuzzer target: the comment scanner and the `# strat: disable-…` suppression parser.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "strat/source.h"
#include "strat/suppress.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto source = std::make_shared<const strat::Source>("plan.yaml", std::move(text));
  for (const strat::Comment& c : strat::yaml_comments(source->text())) {
    // Every comment must lie inside the text it was found in.
    const char* begin = source->text().data();
    if (c.text.data() < begin || c.text.data() + c.text.size() > begin + source->text().size())
      __builtin_trap();
  }
  (void)strat::parse_suppressions(source);
  return 0;
}
