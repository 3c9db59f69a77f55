// Failures of the environment (I/O, usage): raised once, caught in main.
#pragma once

#include <stdexcept>
#include <string>

namespace strat {

/// Printed by main as "strat: error: MESSAGE", exit status 2.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace strat
