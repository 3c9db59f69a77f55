// Running independent work items on all cores.
#pragma once

#include <cstddef>
#include <functional>

namespace strat {

/// Calls work(i) for every i in [0, count) on up to `jobs` threads (0: one per core).
/// Items are handed out in order; callers store results by index, so output stays
/// deterministic whatever the scheduling.
void parallel_for(size_t count, int jobs, const std::function<void(size_t)>& work);

}  // namespace strat
