function(kpiconv_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12's flow-based warnings misfire on inlined standard library code (std::variant,
    # std::string: GCC PRs 105329, 105651, 107919), more so as unity builds change its inlining.
    # clang checks the same code with -Werror, and the sanitizer build checks it at run time.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized -Wno-array-bounds
                                             -Wno-stringop-overflow -Wno-stringop-overread
                                             -Wno-restrict)
  endif()
  if(KPICONV_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
