#include "converter/cli/batch_progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "converter/cli/exit_status.h"
#include "converter/text/display_width.h"

namespace kpiconv::cli {
namespace {

int terminal_columns() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40) return size.ws_col;
  return 80;
}

std::string duration(double seconds) {
  char text[32];
  if (seconds < 60) {
    std::snprintf(text, sizeof text, "%.0f s", seconds);
  } else if (seconds < 3600) {
    std::snprintf(text, sizeof text, "%d min %02d s", static_cast<int>(seconds) / 60,
                  static_cast<int>(seconds) % 60);
  } else {
    std::snprintf(text, sizeof text, "%d h %02d min", static_cast<int>(seconds) / 3600,
                  static_cast<int>(seconds) % 3600 / 60);
  }
  return text;
}

}  // namespace

BatchProgress::BatchProgress(bool show)
    : show_(show), started_(std::chrono::steady_clock::now()), last_drawn_(started_) {}

bool BatchProgress::on_terminal() {
  return isatty(STDERR_FILENO) == 1;
}

void BatchProgress::file_finished(const FileOutcome& outcome, std::size_t finished,
                                  std::size_t total) {
  if (!outcome.converted || !outcome.warnings.empty()) clear();
  if (!outcome.converted) report_error(outcome.error);
  if (outcome.via_libreoffice) ++via_libreoffice_;
  for (const std::string& warning : outcome.warnings) report_warning(warning);
  if (!show_) return;
  auto now = std::chrono::steady_clock::now();
  // Redrawn at most ten times a second: a fast batch is not slowed by its terminal.
  if (finished < total && now - last_drawn_ < std::chrono::milliseconds(100)) return;
  last_drawn_ = now;
  draw(outcome.input, finished, total);
}

void BatchProgress::draw(const std::string& current, std::size_t finished, std::size_t total) {
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  double rate = elapsed > 0 ? static_cast<double>(finished) / elapsed : 0;
  constexpr int kBarWidth = 24;
  int filled = total == 0 ? kBarWidth : static_cast<int>(kBarWidth * finished / total);
  std::string line = "[" + std::string(static_cast<size_t>(filled), '#') +
                     std::string(static_cast<size_t>(kBarWidth - filled), '.') + "] " +
                     std::to_string(finished) + "/" + std::to_string(total);
  char numbers[64];
  std::snprintf(numbers, sizeof numbers, "  %.1f files/s", rate);
  line += numbers;
  if (rate > 0 && finished < total) {
    line += "  ETA " + duration(static_cast<double>(total - finished) / rate);
  }
  if (via_libreoffice_ > 0) line += "  " + std::to_string(via_libreoffice_) + " via LibreOffice";
  line += "  ";
  int room = terminal_columns() - 1 - display_width(line);
  if (room > 3) line += last_columns(current, room);
  std::cerr << "\r\033[K" << line << std::flush;
  drawn_ = true;
}

void BatchProgress::clear() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

void BatchProgress::finish(const BatchSummary& summary, std::size_t total) {
  clear();
  if (show_) {
    std::cerr << "kpiconv: " << summary.converted << " of " << total << " files converted";
    if (summary.via_libreoffice > 0) {
      std::cerr << " (" << summary.via_libreoffice << " through LibreOffice)";
    }
    std::cerr << ", " << summary.failures.size() << " failed, in " << duration(summary.seconds);
    if (summary.seconds > 0) {
      char rate[48];
      std::snprintf(rate, sizeof rate, " (%.1f files/s)",
                    static_cast<double>(total) / summary.seconds);
      std::cerr << rate;
    }
    std::cerr << '\n';
  }
  if (!summary.failures.empty()) {
    std::string list;
    for (const FileOutcome& failure : summary.failures) {
      list += (list.empty() ? "" : ", ") + failure.input;
    }
    report_error(std::to_string(summary.failures.size()) + " of " + std::to_string(total) +
                 " files failed: " + list);
  }
}

}  // namespace kpiconv::cli
