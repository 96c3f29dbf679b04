# Every dependency comes from a Debian package; a missing one stops the configure step with the
# package to install.
find_package(PkgConfig)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config not found: apt-get install pkg-config")
endif()

macro(kpiconv_require_pkg target module debian_package)
  pkg_check_modules(${target} IMPORTED_TARGET ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "${module} not found: apt-get install ${debian_package}")
  endif()
endmacro()

macro(kpiconv_require_cmake_package name debian_package)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR "${name} not found: apt-get install ${debian_package}")
  endif()
endmacro()

kpiconv_require_pkg(LIBXML2 libxml-2.0 libxml2-dev)
kpiconv_require_pkg(ICU "icu-uc;icu-i18n" libicu-dev)
# libzip's CMake package needs the zipcmp tools; pkg-config needs only libzip-dev.
kpiconv_require_pkg(LIBZIP libzip libzip-dev)
kpiconv_require_pkg(XLSXWRITER xlsxwriter libxlsxwriter-dev)
kpiconv_require_cmake_package(nlohmann_json nlohmann-json3-dev)
# Province template mappings are TOML: toml++ keeps each value's line for error messages.
kpiconv_require_pkg(TOMLPLUSPLUS tomlplusplus libtomlplusplus-dev)
kpiconv_require_cmake_package(CLI11 libcli11-dev)
if(KPICONV_BUILD_TESTS)
  kpiconv_require_cmake_package(GTest libgtest-dev)
endif()
