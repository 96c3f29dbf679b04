// The legacy bridge against stand-ins for soffice (shell scripts given with --soffice) that
// misbehave as a hung or subverted LibreOffice would: one that never answers --version is stopped
// by --soffice-timeout; one that leaves a link (or anything but a file of its own) where its output
// should be has nothing read through it. Every run ends with its error and exit status 3, leaves
// nothing in $TMPDIR, and touches no file outside it. The .doc inputs are compound files built
// here (support/cfb_builder.h); no real LibreOffice runs.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "support/cfb_builder.h"
#include "support/files.h"
#include "support/processes.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

class LegacyStandIn : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = test::make_temp_dir("legacy-stand-in");
    temporary_ = folder_ + "/tmp";
    fs::create_directories(temporary_);
    doc_ = folder_ + "/2019.doc";
    test::write_bytes(doc_, test::compound_file({u"WordDocument", u"1Table"}));
    // A Word document outside LibreOffice's folder: what a link would have kpiconv read.
    outside_ = folder_ + "/outside.docx";
    fs::copy_file(test::source_dir() + "/fixtures/docx/000.docx", outside_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // A stand-in for soffice: it answers --version as LibreOffice 9.9 does, and on a conversion
  // runs `conversion` (sh) with $outdir set to the folder named by --outdir.
  std::string stand_in(const std::string& name, const std::string& conversion) {
    std::string program = folder_ + "/" + name;
    test::write_bytes(program,
                      "#!/bin/sh\n"
                      "case \"$1\" in --version) echo 'LibreOffice 9.9.9.9'; exit 0;; esac\n"
                      "outdir=\n"
                      "while [ $# -gt 0 ]; do\n"
                      "  case \"$1\" in --outdir) outdir=$2; shift;; esac\n"
                      "  shift\n"
                      "done\n" +
                          conversion + "\n");
    fs::permissions(program, fs::perms::owner_all);
    return program;
  }

  // `kpiconv convert 2019.doc -o out.json --soffice PROGRAM [ARGS]` with $TMPDIR its own.
  test::CommandResult convert_with(const std::string& program, const std::string& arguments = "") {
    return test::run_shell("TMPDIR=" + test::shell_quote(temporary_) + " " +
                               test::shell_quote(KPICONV_BINARY) + " convert " +
                               test::shell_quote(doc_) + " -o out.json --soffice " +
                               test::shell_quote(program) + " " + arguments,
                           folder_);
  }

  // The run was refused with exactly `cause`, wrote nothing and left nothing behind.
  void expect_refused(const test::CommandResult& result, const std::string& cause) {
    EXPECT_EQ(result.exit_status, 3) << result.err;
    EXPECT_EQ(result.err, "kpiconv: error: " + doc_ + ": " + cause + "\n");
    EXPECT_FALSE(fs::exists(folder_ + "/out.json"));
    EXPECT_TRUE(fs::is_empty(temporary_)) << "left behind in " << temporary_;
  }

  std::string folder_;
  std::string temporary_;
  std::string doc_;
  std::string outside_;
};

// Whether the processes listed in `pids` are gone. A process killed with SIGKILL ends a moment
// after the signal is sent, so this looks again for a while before saying no.
bool all_stand_ins_gone(const std::string& pids) {
  for (int look = 0; look < 200; ++look) {
    if (!test::any_process_alive(pids)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

TEST_F(LegacyStandIn, AVersionProbeThatHangsIsStoppedBySofficeTimeout) {
  // Hangs on --version, with a child of its own, writing both process ids to `pids`.
  const std::string pids = folder_ + "/pids";
  const std::string program = folder_ + "/mute-soffice";
  test::write_bytes(program,
                    "#!/bin/sh\nsleep 300 &\necho $$ $! > " + test::shell_quote(pids) + "\nwait\n");
  fs::permissions(program, fs::perms::owner_all);
  expect_refused(convert_with(program, "--soffice-timeout 1"),
                 "LibreOffice (" + program +
                     ") did not answer --version within 1 s (--soffice-timeout); stopped");
  // The stand-in and its child went with their process group.
  ASSERT_TRUE(fs::exists(pids));
  EXPECT_TRUE(all_stand_ins_gone(pids));
}

TEST_F(LegacyStandIn, AFileWrittenInItsFolderIsRead) {
  // The checks below refuse only what is not LibreOffice's own file: a copy it wrote is read.
  test::CommandResult result = convert_with(
      stand_in("copying-soffice", "cp " + test::shell_quote(outside_) + " \"$outdir/input.docx\""));
  EXPECT_EQ(result.exit_status, 0) << result.err;
  nlohmann::json filing = nlohmann::json::parse(test::read_bytes(folder_ + "/out.json"));
  EXPECT_EQ(filing["source"]["format"], "doc (via LibreOffice 9.9)");
  EXPECT_EQ(filing["projects"].size(), 8u);
  EXPECT_TRUE(fs::is_empty(temporary_)) << "left behind in " << temporary_;
}

TEST_F(LegacyStandIn, AConvertedFileThatCannotBeReadIsSaidOfTheInput) {
  // Not of the private copy it is read through, which the user never named.
  test::CommandResult result =
      convert_with(stand_in("garbling-soffice", "echo garbage > \"$outdir/input.docx\""));
  EXPECT_EQ(result.exit_status, 3) << result.err;
  EXPECT_TRUE(
      result.err.starts_with("kpiconv: error: " + doc_ + ": as .docx from LibreOffice 9.9: "))
      << result.err;
  EXPECT_EQ(result.err.find("/proc/"), std::string::npos) << result.err;
  EXPECT_TRUE(fs::is_empty(temporary_)) << "left behind in " << temporary_;
}

TEST_F(LegacyStandIn, ASymbolicLinkInPlaceOfItsOutputIsRefused) {
  const std::string program = stand_in(
      "linking-soffice", "ln -s " + test::shell_quote(outside_) + " \"$outdir/input.docx\"");
  expect_refused(convert_with(program),
                 "LibreOffice 9.9 left a symbolic link (to " + outside_ +
                     ") in place of its converted file; refused: kpiconv reads only a file "
                     "LibreOffice wrote in its private folder");
  // Removing the private folder removed the link, not the file it pointed to.
  EXPECT_TRUE(fs::is_regular_file(outside_));
}

TEST_F(LegacyStandIn, AHardLinkToAFileElsewhereIsRefused) {
  const std::string program = stand_in(
      "hard-linking-soffice", "ln " + test::shell_quote(outside_) + " \"$outdir/input.docx\"");
  expect_refused(convert_with(program),
                 "LibreOffice 9.9's converted file has 2 names (a hard link to a file "
                 "elsewhere); refused: kpiconv reads only a file LibreOffice wrote in its private "
                 "folder");
  EXPECT_TRUE(fs::is_regular_file(outside_));
}

TEST_F(LegacyStandIn, AnOutputFolderSwappedForALinkIsRefused) {
  const std::string elsewhere = folder_ + "/elsewhere";
  fs::create_directories(elsewhere);
  fs::copy_file(outside_, elsewhere + "/input.docx");
  const std::string program =
      stand_in("swapping-soffice",
               "rmdir \"$outdir\" && ln -s " + test::shell_quote(elsewhere) + " \"$outdir\"");
  expect_refused(convert_with(program),
                 "LibreOffice 9.9 replaced its output folder with a symbolic link (to " +
                     elsewhere +
                     "); refused: kpiconv reads only a file LibreOffice wrote in its private "
                     "folder");
  EXPECT_TRUE(fs::is_regular_file(elsewhere + "/input.docx"));
}

TEST_F(LegacyStandIn, ANamedPipeInPlaceOfItsOutputIsRefusedWithoutWaiting) {
  // Opening a named pipe for reading would wait for a writer that never comes.
  const std::string program = stand_in("piping-soffice", "mkfifo \"$outdir/input.docx\"");
  expect_refused(convert_with(program),
                 "LibreOffice 9.9 left a named pipe in place of its converted file; refused: "
                 "kpiconv reads only a file LibreOffice wrote in its private folder");
}

}  // namespace
}  // namespace kpiconv
