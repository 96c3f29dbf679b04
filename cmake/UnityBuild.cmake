# Unity builds: a target's sources compiled a batch to a unit, so the headers they share (the
# model, GoogleTest, nlohmann-json, CLI11) are parsed once per batch; CI builds everything twice on
# two cores (gcc, then clang with sanitizers), and this halves the time. Batches shift as files are
# added, so each target must compile as one unit: names private to a file (anonymous namespaces)
# are unique across the target, and helpers two files need live in a header (converter/text/,
# tests/support/), never copied.
# KPICONV_UNITY_BUILD=OFF builds file by file, which also checks that each includes what it uses.
option(KPICONV_UNITY_BUILD "Compile sources in batches (unity build)" ON)

function(kpiconv_unity_build target batch_size)  # batch_size 0: the whole target in one unit
  if(KPICONV_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${batch_size})
  endif()
endfunction()
