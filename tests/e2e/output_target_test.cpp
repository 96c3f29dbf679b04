// What `-o` may name: a new or regular file is replaced whole; a character device or a FIFO is
// written into and stays what it was; anything else is refused. Device nodes are made in a
// scratch folder, never the system's.
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>

#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using test::run_kpiconv;

constexpr const char* kFiling = "fixtures/docx/003.docx";

struct stat status_of(const std::string& path) {
  struct stat status {};
  EXPECT_EQ(::lstat(path.c_str(), &status), 0) << path;
  return status;
}

std::size_t entries_in(const std::string& folder) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

// A character device node like /dev/null (1, 3), made here; false when not allowed (not root).
bool make_null_device(const std::string& path) {
  return ::mknod(path.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0;
}

TEST(OutputTarget, ACharacterDeviceIsWrittenIntoNotReplaced) {
  std::string folder = test::make_temp_dir("output-device");
  std::string node = folder + "/X";
  if (!make_null_device(node)) GTEST_SKIP() << "mknod needs root here";
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", node, "--to", "json"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  struct stat status = status_of(node);
  EXPECT_TRUE(S_ISCHR(status.st_mode));
  EXPECT_EQ(status.st_rdev, makedev(1, 3));
  EXPECT_EQ(entries_in(folder), 1u);  // no temporary file left beside it
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ANullDeviceTakesAWorkbookAndStaysADevice) {
  std::string folder = test::make_temp_dir("output-null");
  std::string node = folder + "/null";
  if (!make_null_device(node)) GTEST_SKIP() << "mknod needs root here";
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", node, "--to", "xlsx"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  EXPECT_TRUE(S_ISCHR(status_of(node).st_mode));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

// Reads a FIFO opened before kpiconv runs until kpiconv has ended and the FIFO is drained, so
// that the test ends even if kpiconv never opens the FIFO.
class FifoReader {
 public:
  explicit FifoReader(const std::string& path)
      : descriptor_(::open(path.c_str(), O_RDONLY | O_NONBLOCK)),
        reader_(std::async(std::launch::async, [this] { return drain(); })) {}
  ~FifoReader() {
    if (descriptor_ >= 0) ::close(descriptor_);
  }
  bool opened() const { return descriptor_ >= 0; }
  std::string received_after(const test::CommandResult&) {
    writer_done_ = true;
    return reader_.get();
  }

 private:
  std::string drain() {
    std::string bytes;
    char buffer[4096];
    for (;;) {
      pollfd poll_for{descriptor_, POLLIN, 0};
      ::poll(&poll_for, 1, 50);
      ssize_t count = ::read(descriptor_, buffer, sizeof buffer);
      if (count > 0) {
        bytes.append(buffer, static_cast<std::size_t>(count));
      } else if (writer_done_) {
        return bytes;
      }
    }
  }

  int descriptor_;
  std::atomic<bool> writer_done_ = false;
  std::future<std::string> reader_;
};

TEST(OutputTarget, AFifoReceivesTheWholeOutput) {
  std::string folder = test::make_temp_dir("output-fifo");
  std::string fifo = folder + "/pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  FifoReader reader(fifo);
  ASSERT_TRUE(reader.opened());
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", fifo, "--to", "json"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  nlohmann::json filing = nlohmann::json::parse(reader.received_after(result), nullptr, false);
  ASSERT_TRUE(filing.is_object());
  ASSERT_EQ(filing["projects"].size(), 3u);
  EXPECT_EQ(filing["projects"][0]["code"], "13073022P00865210002J");
  EXPECT_TRUE(S_ISFIFO(status_of(fifo).st_mode));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

// Like /dev/stdout: a link to the process's own standard output, here a pipe. (The tests never
// name the system's own device nodes: a regression must not damage the machine it runs on.)
TEST(OutputTarget, ALinkToStandardOutputWritesToThePipe) {
  std::string folder = test::make_temp_dir("output-stdout");
  std::string link = folder + "/stdout";
  std::filesystem::create_symlink("/proc/self/fd/1", link);
  test::CommandResult result =
      run_kpiconv({"convert", kFiling, "-o", link, "--to", "csv", "--no-bom"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, 12), "单位编码");
  EXPECT_NE(result.out.find("13073022P00865210002J"), std::string::npos);
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, AFullDeviceIsAnOutputFailure) {
  std::string folder = test::make_temp_dir("output-full");
  std::string node = folder + "/full";
  if (::mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    GTEST_SKIP() << "mknod needs root here";
  }
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", node, "--to", "json"});
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_EQ(result.err, "kpiconv: error: " + node + ": cannot write: No space left on device\n");
  EXPECT_TRUE(S_ISCHR(status_of(node).st_mode));
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, AFolderIsRefused) {
  std::string folder = test::make_temp_dir("output-folder");
  std::string target = folder + "/out.json";
  std::filesystem::create_directory(target);
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", target});
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_EQ(result.err, "kpiconv: error: " + target +
                            ": is a folder, not a file kpiconv can write (a regular file, a "
                            "character device or a pipe)\n");
  EXPECT_TRUE(std::filesystem::is_directory(target));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ABlockDeviceIsRefusedAndKept) {
  std::string folder = test::make_temp_dir("output-block");
  std::string node = folder + "/disk";
  // A loop device's numbers; nothing is ever opened through the node.
  if (::mknod(node.c_str(), S_IFBLK | 0600, makedev(7, 0)) != 0) {
    GTEST_SKIP() << "mknod needs root here";
  }
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", node, "--to", "json"});
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_NE(result.err.find(": is a block device, not a file kpiconv can write"), std::string::npos)
      << result.err;
  struct stat status = status_of(node);
  EXPECT_TRUE(S_ISBLK(status.st_mode));
  EXPECT_EQ(status.st_rdev, makedev(7, 0));
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ASocketIsRefusedAndKept) {
  std::string folder = test::make_temp_dir("output-socket");
  std::string path = folder + "/s";
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof address.sun_path);
  std::copy(path.begin(), path.end(), address.sun_path);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", path, "--to", "json"});
  ::close(listener);
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_NE(result.err.find(": is a socket, not a file kpiconv can write"), std::string::npos)
      << result.err;
  EXPECT_TRUE(S_ISSOCK(status_of(path).st_mode));
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ALinkToAFileStaysALinkAndTheFileKeepsItsPermissions) {
  std::string folder = test::make_temp_dir("output-link");
  std::string file = folder + "/real.json";
  std::string link = folder + "/link.json";
  test::write_bytes(file, "old");
  ::chmod(file.c_str(), 0640);
  std::filesystem::create_symlink("real.json", link);
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", link});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(nlohmann::json::parse(test::read_bytes(file))["projects"].size(), 3u);
  EXPECT_EQ(status_of(file).st_mode & 0777, 0640u);
  EXPECT_EQ(entries_in(folder), 2u);
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ALinkToNothingIsRefused) {
  std::string folder = test::make_temp_dir("output-dangling");
  std::string link = folder + "/out.json";
  std::filesystem::create_symlink("missing/out.json", link);
  test::CommandResult result = run_kpiconv({"convert", kFiling, "-o", link});
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_EQ(result.err, "kpiconv: error: " + link +
                            ": is a symbolic link to nothing (or to a place kpiconv cannot "
                            "reach)\n");
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

TEST(OutputTarget, ApplyAndMergeWriteIntoADeviceToo) {
  std::string folder = test::make_temp_dir("output-device-apply");
  std::string node = folder + "/X";
  if (!make_null_device(node)) GTEST_SKIP() << "mknod needs root here";
  test::CommandResult applied = run_kpiconv({"apply", kFiling, kFiling, "-o", node});
  EXPECT_EQ(applied.exit_status, 0) << applied.err;
  test::CommandResult merged =
      run_kpiconv({"merge", kFiling, kFiling, kFiling, "-o", node, "--to", "json"});
  EXPECT_EQ(merged.exit_status, 0) << merged.err;
  EXPECT_TRUE(S_ISCHR(status_of(node).st_mode));
  EXPECT_EQ(entries_in(folder), 1u);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
