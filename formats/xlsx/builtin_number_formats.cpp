// The number formats every spreadsheet knows by id without writing them into styles.xml.
#include "formats/xlsx/number_format.h"

namespace kpiconv::xlsx {

// ECMA-376 Part 1, 18.8.30 lists 0-22, 37-40 and 45-49. The rest depend on the locale of the
// Excel that shows the file; kpiconv reads Chinese filings, so they are the zh-CN ones (currency
// ¥, accounting with "_ " padding, 年/月/日 dates, 时/分/秒 times). All dates and times come out
// as ISO text anyway, so what matters for them is only which parts they show.
std::string_view builtin_number_format(int id) {
  switch (id) {
    case 0:
      return "General";
    case 1:
      return "0";
    case 2:
      return "0.00";
    case 3:
      return "#,##0";
    case 4:
      return "#,##0.00";
    case 5:
      return "\"¥\"#,##0;\"¥\"\\-#,##0";
    case 6:
      return "\"¥\"#,##0;[Red]\"¥\"\\-#,##0";
    case 7:
      return "\"¥\"#,##0.00;\"¥\"\\-#,##0.00";
    case 8:
      return "\"¥\"#,##0.00;[Red]\"¥\"\\-#,##0.00";
    case 9:
      return "0%";
    case 10:
      return "0.00%";
    case 11:
      return "0.00E+00";
    case 12:
      return "# ?/?";
    case 13:
      return "# ?\?/??";
    case 14:
      return "mm-dd-yy";
    case 15:
      return "d-mmm-yy";
    case 16:
      return "d-mmm";
    case 17:
      return "mmm-yy";
    case 18:
      return "h:mm AM/PM";
    case 19:
      return "h:mm:ss AM/PM";
    case 20:
      return "h:mm";
    case 21:
      return "h:mm:ss";
    case 22:
      return "m/d/yy h:mm";
    case 27:
      return "yyyy\"年\"m\"月\"";
    case 28:
      return "m\"月\"d\"日\"";
    case 29:
      return "m\"月\"d\"日\"";
    case 30:
      return "m-d-yy";
    case 31:
      return "yyyy\"年\"m\"月\"d\"日\"";
    case 32:
      return "h\"时\"mm\"分\"";
    case 33:
      return "h\"时\"mm\"分\"ss\"秒\"";
    case 34:
      return "上午/下午h\"时\"mm\"分\"";
    case 35:
      return "上午/下午h\"时\"mm\"分\"ss\"秒\"";
    case 36:
      return "yyyy\"年\"m\"月\"";
    case 37:
      return "#,##0 ;(#,##0)";
    case 38:
      return "#,##0 ;[Red](#,##0)";
    case 39:
      return "#,##0.00;(#,##0.00)";
    case 40:
      return "#,##0.00;[Red](#,##0.00)";
    case 41:
      return "_ * #,##0_ ;_ * \\-#,##0_ ;_ * \"-\"_ ;_ @_ ";
    case 42:
      return "_ \"¥\"* #,##0_ ;_ \"¥\"* \\-#,##0_ ;_ \"¥\"* \"-\"_ ;_ @_ ";
    case 43:
      return "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ";
    case 44:
      return "_ \"¥\"* #,##0.00_ ;_ \"¥\"* \\-#,##0.00_ ;_ \"¥\"* \"-\"??_ ;_ @_ ";
    case 45:
      return "mm:ss";
    case 46:
      return "[h]:mm:ss";
    case 47:
      return "mmss.0";
    case 48:
      return "##0.0E+0";
    case 49:
      return "@";
    case 50:
      return "yyyy\"年\"m\"月\"";
    case 51:
      return "m\"月\"d\"日\"";
    case 52:
      return "yyyy\"年\"m\"月\"";
    case 53:
      return "m\"月\"d\"日\"";
    case 54:
      return "m\"月\"d\"日\"";
    case 55:
      return "上午/下午h\"时\"mm\"分\"";
    case 56:
      return "上午/下午h\"时\"mm\"分\"ss\"秒\"";
    case 57:
      return "yyyy\"年\"m\"月\"";
    case 58:
      return "m\"月\"d\"日\"";
    default:
      return {};
  }
}

}  // namespace kpiconv::xlsx
