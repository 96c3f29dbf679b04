// The language of messages meant for people (findings, notes of conversions).
#pragma once

namespace kpiconv {

enum class Language { kChinese, kEnglish };

}  // namespace kpiconv
