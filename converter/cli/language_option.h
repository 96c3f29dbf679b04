// --lang zh|en, shared by the commands that speak to people.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "converter/model/language.h"

namespace kpiconv::cli {

inline void add_language_option(CLI::App* command, std::string& language) {
  command->add_option("--lang", language, "Language of messages: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));
}

inline Language language_named(const std::string& language) {
  return language == "en" ? Language::kEnglish : Language::kChinese;
}

}  // namespace kpiconv::cli
