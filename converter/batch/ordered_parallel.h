// Work on many items in parallel with the results taken in item order: a batch's combined output
// is the same whatever -j, and at most `window` finished results wait in memory at once.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kpiconv {

// Runs `work(i)` for every i in [0, count) on `jobs` threads and calls `take(i, result)` on the
// calling thread for i = 0, 1, 2, … in order. `work` must not throw (turn failures into results);
// `take` may throw, which stops the workers after the items they hold.
template <class Result, class Work, class Take>
void for_each_in_order(std::size_t count, int jobs, std::size_t window, Work work, Take take) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) take(i, work(i));
    return;
  }
  window = std::max<std::size_t>(window, static_cast<std::size_t>(jobs));
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::optional<Result>> slots(window);
  std::size_t next_to_start = 0;
  std::size_t next_to_take = 0;
  bool stopping = false;

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      changed.wait(lock, [&] {
        return stopping || next_to_start >= count || next_to_start < next_to_take + window;
      });
      if (stopping || next_to_start >= count) return;
      std::size_t item = next_to_start++;
      lock.unlock();
      Result result = work(item);
      lock.lock();
      slots[item % window].emplace(std::move(result));
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
  auto stop = [&] {
    {
      std::lock_guard guard(mutex);
      stopping = true;
    }
    changed.notify_all();
    for (std::thread& thread : threads) thread.join();
  };
  try {
    for (std::size_t i = 0; i < count; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return slots[i % window].has_value(); });
        result.swap(slots[i % window]);
        next_to_take = i + 1;
      }
      changed.notify_all();
      take(i, std::move(*result));
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
}

}  // namespace kpiconv
