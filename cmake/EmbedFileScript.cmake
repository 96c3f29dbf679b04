file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
     "namespace kpiconv {\nnamespace {\nconst char ${SYMBOL}Bytes[] = {${bytes} 0};\n}\n"
     "extern const std::string_view ${SYMBOL};\n"
     "const std::string_view ${SYMBOL}(${SYMBOL}Bytes, sizeof(${SYMBOL}Bytes) - 1);\n}\n")
