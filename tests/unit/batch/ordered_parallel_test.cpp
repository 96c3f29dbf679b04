// Parallel work taken in order: the same sequence whatever the number of threads, finished
// results held to the window, and a failure of the taker stops the workers.
#include "converter/batch/ordered_parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace kpiconv {
namespace {

TEST(OrderedParallel, ResultsAreTakenInItemOrderWhateverTheThreads) {
  for (int jobs : {1, 2, 3, 8}) {
    std::vector<std::size_t> taken;
    for_each_in_order<std::size_t>(
        100, jobs, 4,
        [](std::size_t i) {
          // Early items take longest, so later ones finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((100 - i) * 20));
          return i * i;
        },
        [&](std::size_t i, std::size_t square) {
          EXPECT_EQ(square, i * i);
          taken.push_back(i);
        });
    ASSERT_EQ(taken.size(), 100u) << jobs;
    for (std::size_t i = 0; i < taken.size(); ++i) EXPECT_EQ(taken[i], i) << jobs;
  }
}

TEST(OrderedParallel, NoMoreThanTheWindowIsStartedAheadOfTheTaker) {
  std::atomic<std::size_t> started{0};
  std::size_t most_ahead = 0;
  for_each_in_order<int>(
      50, 4, 6,
      [&](std::size_t) {
        ++started;
        return 0;
      },
      [&](std::size_t i, int) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        most_ahead = std::max(most_ahead, started.load() - i);
      });
  EXPECT_LE(most_ahead, 7u);  // the item being taken and six more
}

TEST(OrderedParallel, AFailingTakerStopsTheWorkers) {
  std::atomic<std::size_t> started{0};
  EXPECT_THROW(for_each_in_order<int>(
                   1000, 2, 4,
                   [&](std::size_t) {
                     ++started;
                     return 0;
                   },
                   [](std::size_t i, int) {
                     if (i == 3) throw std::runtime_error("disk full");
                   }),
               std::runtime_error);
  EXPECT_LT(started.load(), 20u);
}

}  // namespace
}  // namespace kpiconv
