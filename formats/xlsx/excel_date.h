// Excel's date serial numbers: days since an epoch with the time of day as the fraction.
//
// The 1900 system (the default) counts 1900-01-01 as day 1 and, copying a Lotus 1-2-3 bug, has a
// 1900-02-29 at day 60, so every later serial is one day more than the calendar says; day 0 shows
// as "1900-01-00". The 1904 system (workbookPr date1904, old Mac Excel) counts 1904-01-01 as day 0.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kpiconv::xlsx {

struct ExcelDateTime {
  int year = 0;
  int month = 0;
  int day = 0;  // 0 only for the 1900 system's day 0
  int hour = 0;
  int minute = 0;
  int second = 0;
  int subsecond = 0;               // in units of 10^-subsecond_digits seconds
  int subsecond_digits = 0;        // 0..3
  std::int64_t total_seconds = 0;  // the whole serial in seconds, for elapsed times ([h]:mm:ss)
};

// The calendar date and time of a serial, rounded to the nearest second (or 10^-digits seconds);
// nullopt for negative serials and those after 9999-12-31, which Excel shows as ####.
std::optional<ExcelDateTime> excel_date_time(double serial, bool date1904,
                                             int subsecond_digits = 0);

// The serial of an ISO 8601 date or date-time as stored in t="d" cells ("2024-03-31",
// "2024-03-31T13:45:00Z", "2024-03-31T13:45:00.5+08:00"; a zone is ignored, the time kept as
// written). nullopt when the text is not one or lies before the epoch. Also reports whether the
// text had a time part.
std::optional<double> serial_from_iso(std::string_view text, bool date1904, bool* has_time);

// "2024-03-31", "13:45:00" (".5" appended for subseconds), "2024-03-31T13:45:00".
std::string iso_date(const ExcelDateTime& time);
std::string iso_time(const ExcelDateTime& time);
// An elapsed time in hours, minutes and seconds ("36:00:00" for a day and a half).
std::string elapsed_time(const ExcelDateTime& time);

}  // namespace kpiconv::xlsx
