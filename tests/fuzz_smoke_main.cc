// The fuzz targets (fuzz/) built with the project's own compiler and run once over the
// files given, so that `ctest` keeps them compiling and running between `make fuzz` runs,
// which need clang. Each file is one input; then all of them joined by NUL bytes (the way
// the multi-file targets split their input) are one more.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  std::string all;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz-smoke: cannot read %s\n", argv[i]);
      return 2;
    }
    std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
    if (i > 1) all += '\0';
    all += input;
  }
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(all.data()), all.size());
  return 0;
}
