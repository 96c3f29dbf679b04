# Instrumented builds (the README's "Fuzzing and sanitizers"):
#   KPICONV_SANITIZE=ON  everything (library, CLI, tests) with AddressSanitizer (leaks included) and
#                        UndefinedBehaviorSanitizer; any report aborts the process.
#   KPICONV_FUZZ=ON      also the libFuzzer targets of tests/fuzz/, with every object compiled with
#                        the coverage instrumentation libFuzzer steers by.
# Both need clang (Debian: clang, libclang-rt-14-dev): configure with CC=clang CXX=clang++.
option(KPICONV_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KPICONV_FUZZ "Build the libFuzzer targets (tests/fuzz); implies KPICONV_SANITIZE" OFF)

if(KPICONV_FUZZ AND NOT KPICONV_SANITIZE)
  set(KPICONV_SANITIZE ON CACHE BOOL
      "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" FORCE)
endif()

if(KPICONV_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KPICONV_SANITIZE and KPICONV_FUZZ need clang: configure a fresh build "
                        "directory with CC=clang CXX=clang++ "
                        "(apt-get install clang libclang-rt-14-dev)")
  endif()
  # -O1 keeps the instrumented suite fast enough for CI while leaving stack traces readable;
  # appended after the build type's flags, so it wins over their -O2. Line tables are all a
  # report's stack trace needs, and build much faster than full debug information.
  set(KPICONV_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
                              -fno-omit-frame-pointer -O1 -gline-tables-only)
  add_compile_options(${KPICONV_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

# Coverage and comparison tracing for libFuzzer in the code the fuzzers exercise (the library and
# their harness); only the fuzz targets link libFuzzer's main (-fsanitize=fuzzer), the other
# programs get the sanitizer runtime's no-op hooks.
function(kpiconv_add_fuzz_instrumentation target)
  if(KPICONV_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# Gives every program that links `target` the sanitizer options of sanitizer_default_options.cpp.
function(kpiconv_add_sanitizer_defaults target)
  if(KPICONV_SANITIZE)
    target_sources(${target} INTERFACE ${PROJECT_SOURCE_DIR}/cmake/sanitizer_default_options.cpp)
  endif()
endfunction()
