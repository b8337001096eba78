# tri_library(NAME SOURCES ... DEPS ...): a stage library with the project's warnings and C++20.
function(tri_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_compile_features(${name} PUBLIC cxx_std_20)
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()

# tri_test(NAME SOURCES ... DEPS ... [LABELS ...]): a GoogleTest binary registered with ctest.
# Tests get TRI_SHARED_DIR and TRI_SOURCE_DIR so they can read ../shared and examples/ (and skip without them).
function(tri_test name)
  if(NOT TRI_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_compile_features(${name} PRIVATE cxx_std_20)
  target_compile_definitions(${name} PRIVATE
    TRI_SHARED_DIR="${TRI_SHARED_DIR}" TRI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    TRI_BINARY_DIR="${PROJECT_BINARY_DIR}")
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
endfunction()

# tri_embed(TARGET VAR FILE): compiles FILE into TARGET as `std::string_view VAR()` (models and
# lexicons ship inside the binary, so the program needs no data directory at run time).
function(tri_embed target var file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${var}.cc)
  add_custom_command(OUTPUT ${out}
    COMMAND tri_embed_tool ${file} ${var} ${out}
    DEPENDS tri_embed_tool ${file}
    COMMENT "Embedding ${file}" VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()

# tri_fuzzer(NAME SOURCE DEPS ...): a libFuzzer target plus a short smoke run under the `fuzz` label.
function(tri_fuzzer name source)
  cmake_parse_arguments(ARG "" "SECONDS" "DEPS;CORPUS" ${ARGN})
  add_executable(${name} ${source})
  target_compile_features(${name} PRIVATE cxx_std_20)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS})
  if(NOT ARG_SECONDS)
    set(ARG_SECONDS 30)
  endif()
  set(corpus_dir ${CMAKE_CURRENT_BINARY_DIR}/corpus_${name})
  file(MAKE_DIRECTORY ${corpus_dir})
  add_test(NAME ${name}_smoke
    COMMAND ${name} -max_total_time=${ARG_SECONDS} -rss_limit_mb=2048 -timeout=10
            ${corpus_dir} ${ARG_CORPUS})
  set_tests_properties(${name}_smoke PROPERTIES LABELS fuzz TIMEOUT 200)
endfunction()
