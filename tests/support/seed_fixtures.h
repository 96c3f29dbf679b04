// The seed fixtures the end-to-end and interop tests walk, their expected JSON, and one way to
// compare filings as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace kpiconv::test {

inline constexpr const char* kSeedNames[] = {"000", "001", "002", "003", "004"};

// Every fixture DOCX, relative to the source tree: the independent producer's, then LibreOffice's
// re-saves of them.
inline constexpr const char* kFixtureDocuments[] = {
    "fixtures/docx/000.docx",
    "fixtures/docx/001.docx",
    "fixtures/docx/002.docx",
    "fixtures/docx/003.docx",
    "fixtures/docx/004.docx",
    "fixtures/docx-libreoffice/000.docx",
    "fixtures/docx-libreoffice/001.docx",
    "fixtures/docx-libreoffice/002.docx",
    "fixtures/docx-libreoffice/003.docx",
    "fixtures/docx-libreoffice/004.docx",
};

// The canonical JSON `kpiconv convert INPUT` writes (a test failure when it fails).
nlohmann::json converted_json(const std::string& input);

// fixtures/expected/SEED.json.
nlohmann::json expected_filing_json(const std::string& seed);

// Fails the test, showing the JSON patch from `actual` to `expected`, when they differ.
void expect_same_json(const nlohmann::json& actual, const nlohmann::json& expected,
                      const std::string& what);

}  // namespace kpiconv::test
