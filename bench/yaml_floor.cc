// yaml-floor: the benchmark floor. Reads the same files strat would (directories are walked for
// *.yaml and *.yml) and runs yaml-cpp's event parser over each with a handler that does nothing.
// No program that reads YAML through yaml-cpp can be faster than this; strat's times are
// reported as ratios to it.
//
//   yaml-floor PATH...
//
// Exit status: 0 when every file parsed, 1 when one did not (the error goes to stderr).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <istream>
#include <streambuf>
#include <string>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace fs = std::filesystem;

namespace {

class NoOp final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

/// An istream over text already in memory (as strat reads it), without a copy.
struct ViewBuffer : std::streambuf {
  explicit ViewBuffer(std::string& s) { setg(s.data(), s.data(), s.data() + s.size()); }
};

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

std::vector<fs::path> expand(const std::vector<std::string>& args) {
  std::vector<fs::path> files;
  for (const auto& a : args) {
    if (fs::is_directory(a)) {
      std::vector<fs::path> found;
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.is_regular_file() && is_yaml(e.path())) found.push_back(e.path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.emplace_back(a);
    }
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: yaml-floor PATH...\n");
    return 2;
  }
  int status = 0;
  NoOp handler;
  for (const auto& path : expand({argv + 1, argv + argc})) {
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    std::string text(file ? static_cast<size_t>(file.tellg()) : 0, '\0');
    file.seekg(0);
    if (!file || !file.read(text.data(), static_cast<std::streamsize>(text.size()))) {
      std::fprintf(stderr, "yaml-floor: cannot read %s\n", path.c_str());
      status = 1;
      continue;
    }
    ViewBuffer buffer(text);
    std::istream in(&buffer);
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "yaml-floor: %s: %s\n", path.c_str(), e.what());
      status = 1;
    }
  }
  return status;
}
