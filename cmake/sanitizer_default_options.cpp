// Compiled into every program of a KPICONV_SANITIZE build (cmake/Sanitizers.cmake), so that the
// CLI, the test suite and the fuzz targets behave the same whether or not ASAN_OPTIONS or
// UBSAN_OPTIONS are set (what is set there still wins, option by option).
//
// Any report aborts the process: a kpiconv run by a test under a sanitizer must never end with an
// exit status the test expects (1 is "validate found an error").

extern "C" {

// Leaks are checked (the default on Linux, made explicit); use after return is caught too, as the
// code hands out many string_views.
const char* __asan_default_options() {
  return "detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:"
         "check_initialization_order=1:strict_init_order=1";
}

const char* __ubsan_default_options() {
  return "halt_on_error=1:abort_on_error=1:print_stacktrace=1";
}

}  // extern "C"
