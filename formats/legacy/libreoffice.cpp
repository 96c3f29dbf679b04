#include "formats/legacy/libreoffice.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "converter/error.h"

namespace kpiconv::legacy {
namespace {

namespace fs = std::filesystem;

// ---- conversions running now, for the signal handler -------------------------------------------

// A conversion in progress: its process group, killed when kpiconv is interrupted, and its folder,
// removed before kpiconv ends. Slots, not a container, because the handler may only read them.
struct Running {
  std::atomic<pid_t> group{0};
  std::string folder;  // guarded by running_mutex
};
constexpr size_t kSlots = 256;
std::array<Running, kSlots> running;
std::mutex running_mutex;
volatile std::sig_atomic_t interrupted_by = 0;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void on_interrupt(int signal_number) {
  bool any = false;
  for (Running& slot : running) {
    pid_t group = slot.group.load();
    if (group > 0) {
      ::kill(-group, SIGKILL);
      any = true;
    }
  }
  if (!any) {
    // Nothing of ours to clean up: end as the signal would have ended kpiconv.
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
    return;
  }
  interrupted_by = signal_number;  // the waiting conversions clean up, then end kpiconv
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int signal_number : kSignals) {
      struct sigaction action {};
      action.sa_handler = on_interrupt;
      sigemptyset(&action.sa_mask);
      sigaction(signal_number, &action, nullptr);
    }
  });
}

size_t claim_slot(const fs::path& folder) {
  std::lock_guard lock(running_mutex);
  for (size_t i = 0; i < kSlots; ++i) {
    if (running[i].folder.empty()) {
      running[i].folder = folder.string();
      return i;
    }
  }
  throw Error(ErrorKind::kUnreadable, "", "too many LibreOffice conversions at once");
}

void release_slot(size_t slot) {
  std::lock_guard lock(running_mutex);
  running[slot].group = 0;
  running[slot].folder.clear();
}

// After an interruption: every conversion's folder removed, then kpiconv ends by the signal.
[[noreturn]] void end_interrupted() {
  {
    std::lock_guard lock(running_mutex);
    for (Running& slot : running) {
      if (pid_t group = slot.group.load(); group > 0) ::kill(-group, SIGKILL);
      if (!slot.folder.empty()) {
        std::error_code ignored;
        fs::remove_all(slot.folder, ignored);
      }
    }
  }
  int signal_number = interrupted_by;
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
  std::_Exit(128 + signal_number);
}

// ---- running a program
// ---------------------------------------------------------------------------

struct Outcome {
  bool timed_out = false;
  int exit_status = -1;
};

// Runs `arguments` in a process group of its own, its output into `log`; kills the group after
// `timeout_seconds`.
Outcome run_program(const std::vector<std::string>& arguments, const fs::path& log,
                    int timeout_seconds, size_t slot) {
  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  const std::string log_path = log.string();
  pid_t child = fork();
  if (child < 0) throw Error(ErrorKind::kUnreadable, "", "cannot start LibreOffice (fork failed)");
  if (child == 0) {
    setpgid(0, 0);
    for (int signal_number : kSignals) std::signal(signal_number, SIG_DFL);
    int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    int null_input = open("/dev/null", O_RDONLY);
    if (null_input >= 0) dup2(null_input, STDIN_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  setpgid(child, child);  // also from here: whichever runs first
  if (slot < kSlots) running[slot].group = child;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  Outcome outcome;
  for (;;) {
    int status = 0;
    pid_t done = waitpid(child, &status, WNOHANG);
    // Interrupted: the handler has killed the program already, so it may just have ended.
    if (interrupted_by != 0) end_interrupted();
    if (done == child) {
      outcome.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-child, SIGKILL);
      waitpid(child, &status, 0);
      outcome.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // Whatever the program left running in its group goes with it.
  ::kill(-child, SIGKILL);
  if (slot < kSlots) running[slot].group = 0;
  return outcome;
}

std::string last_line(const fs::path& log) {
  std::ifstream in(log);
  std::string line;
  std::string last;
  while (std::getline(in, line)) {
    if (!line.empty()) last = line;
  }
  return last;
}

std::string program_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return {};
  std::stringstream folders(path);
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (folder.empty()) continue;
    fs::path candidate = fs::path(folder) / name;
    if (access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) {
      return candidate.string();
    }
  }
  return {};
}

// A real soffice answers --version in well under a second; a stand-in that takes longer is hung.
constexpr int kVersionProbeSeconds = 10;

// "LibreOffice 7.4.7.2 40(Build:2)" → "7.4"; "?" when the program says nothing like it.
std::string version_in(const std::string& said) {
  std::istringstream words(said);
  for (std::string word; words >> word;) {
    if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) {
      size_t first_dot = word.find('.');
      size_t second_dot =
          first_dot == std::string::npos ? first_dot : word.find('.', first_dot + 1);
      return word.substr(0, second_dot);
    }
  }
  return "?";
}

struct VersionAnswer {
  bool answered = false;  // false: stopped after `wait_seconds`
  std::string version;
};

// `program --version`, in a private folder with a profile of its own (so that no soffice ever
// touches the user's), stopped with its process group after `wait_seconds`. Asked once per
// program and wait: threads converting in parallel wait for the one asking.
VersionAnswer ask_version(const std::string& program, int wait_seconds) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, int>, VersionAnswer> answers;
  std::lock_guard lock(mutex);
  const auto key = std::make_pair(program, wait_seconds);
  if (auto found = answers.find(key); found != answers.end()) return found->second;
  install_handlers();
  VersionAnswer answer;
  {
    PrivateFolder folder("soffice", "");
    const size_t slot = claim_slot(folder.path());
    struct Release {
      size_t slot;
      ~Release() { release_slot(slot); }
    } release{slot};
    const fs::path log = folder.path() / "version.txt";
    Outcome outcome =
        run_program({program, "--version",
                     "-env:UserInstallation=file://" + (folder.path() / "profile").string()},
                    log, wait_seconds, slot);
    answer.answered = !outcome.timed_out;
    answer.version = answer.answered ? version_in(last_line(log)) : "?";
  }
  answers.emplace(key, answer);
  return answer;
}

}  // namespace

std::optional<LibreOffice> find_libreoffice(const std::string& configured, int timeout_seconds) {
  if (configured == "none") return std::nullopt;
  std::string program = configured;
  if (program.empty()) {
    program = program_on_path("soffice");
    if (program.empty()) program = program_on_path("libreoffice");
    if (program.empty()) return std::nullopt;
  } else if (access(program.c_str(), X_OK) != 0 || fs::is_directory(program)) {
    throw Error(ErrorKind::kUsage, "", "--soffice " + program + ": no such program");
  }
  const int wait_seconds = std::min(timeout_seconds, kVersionProbeSeconds);
  VersionAnswer answer = ask_version(program, wait_seconds);
  if (!answer.answered) {
    throw Error(ErrorKind::kUnreadable, "",
                "LibreOffice (" + program + ") did not answer --version within " +
                    std::to_string(wait_seconds) + " s (--soffice-timeout); stopped");
  }
  return LibreOffice{program, answer.version};
}

PrivateFolder::PrivateFolder(const std::string& prefix, const std::string& input) {
  std::string folder_template =
      (fs::temp_directory_path() / ("kpiconv-" + prefix + "-XXXXXX")).string();
  if (mkdtemp(folder_template.data()) == nullptr) {
    throw Error(ErrorKind::kUnreadable, input, "cannot make a temporary folder for LibreOffice");
  }
  path_ = folder_template;
}

PrivateFolder::~PrivateFolder() {
  if (path_.empty()) return;
  // remove_all removes a symbolic link left in the folder, never what it points to.
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

ConvertedFile convert_with_libreoffice(const LibreOffice& office, const std::string& input,
                                       const std::string& target, int timeout_seconds) {
  install_handlers();
  PrivateFolder folder("legacy", input);  // removed however this ends
  const size_t slot = claim_slot(folder.path());
  struct Release {
    size_t slot;
    ~Release() { release_slot(slot); }
  } release{slot};

  // A copy under a plain name: LibreOffice's lock file and output stay in the private folder.
  const fs::path copy = folder.path() / ("input" + fs::path(input).extension().string());
  std::error_code error;
  fs::copy_file(input, copy, error);
  if (error)
    throw Error(ErrorKind::kUnreadable, input,
                "cannot copy it for LibreOffice: " + error.message());
  const fs::path out = folder.path() / "out";
  fs::create_directory(out, error);
  const FolderIdentity out_made = identify_folder(out, input);
  const fs::path log = folder.path() / "soffice.log";
  Outcome outcome = run_program(
      {office.program, "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
       "-env:UserInstallation=file://" + (folder.path() / "profile").string(), "--convert-to",
       target, "--outdir", out.string(), copy.string()},
      log, timeout_seconds, slot);
  const std::string via = "LibreOffice " + office.version;
  if (outcome.timed_out) {
    throw Error(ErrorKind::kUnreadable, input,
                via + " did not convert it within " + std::to_string(timeout_seconds) +
                    " s (--soffice-timeout); stopped");
  }
  std::optional<CheckedOutput> converted =
      outcome.exit_status == 0 ? open_converted_output(out, out_made, "input." + target, input, via)
                               : std::nullopt;
  if (!converted) {
    std::string said = last_line(log);
    throw Error(ErrorKind::kUnreadable, input,
                via + " could not convert it to ." + target +
                    (said.empty() ? std::string() : " (" + said + ")"));
  }
  return ConvertedFile(std::move(folder), std::move(*converted));
}

}  // namespace kpiconv::legacy
