# Unity builds for the CLI and the tests: their sources compiled a batch to a unit, so the headers
# they share (GoogleTest, nlohmann-json, CLI11, the model) are parsed once per batch; CI builds
# everything twice on two cores (gcc, then clang with sanitizers). Names private to a test file
# must therefore be unique across the tests (the whole suite compiles as one unit): shared helpers
# belong in tests/support/. The library is built file by file.
# KPICONV_UNITY_BUILD=OFF builds file by file, which also checks that each includes what it uses.
option(KPICONV_UNITY_BUILD "Compile sources in batches (unity build)" ON)

function(kpiconv_unity_build target batch_size)  # batch_size 0: the whole target in one unit
  if(KPICONV_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${batch_size})
  endif()
endfunction()
