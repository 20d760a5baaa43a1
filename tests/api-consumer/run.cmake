# ctest's api-consumer test (tests/CMakeLists.txt), run with cmake -P:
# installs the govm build into a fresh prefix, configures this directory
# against it as an out-of-tree project would (find_package(govm)), builds it
# and runs it, with the examples of docs/api.md. It passes when each prints
# "ok" and docs/api.md still shows main.cpp verbatim.
#
# Variables: GOVM_BUILD (the govm build tree), WORK (a scratch directory,
# emptied first), CXX (the compiler govm was built with: a consumer must use
# the same, and under GOVM_SANITIZE the package adds the sanitizer flags).
cmake_minimum_required(VERSION 3.25)
foreach(_v GOVM_BUILD WORK CXX)
  if(NOT DEFINED ${_v})
    message(FATAL_ERROR "run.cmake: -D${_v}=... is required")
  endif()
endforeach()
get_filename_component(_src ${CMAKE_CURRENT_LIST_DIR} ABSOLUTE)
set(_prefix ${WORK}/prefix)
set(_build ${WORK}/build)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "api-consumer: ${what} failed (${_rc}):\n${_out}\n${_err}")
  endif()
  set(step_output "${_out}" PARENT_SCOPE)
endfunction()

step("cmake --install" ${CMAKE_COMMAND} --install ${GOVM_BUILD} --prefix ${_prefix})
foreach(_f include/govm/govm.h include/govm/runtime/image.h include/govm/compiler/compiler.h
           lib/cmake/govm/govmConfig.cmake lib/cmake/govm/govmConfigVersion.cmake)
  if(NOT EXISTS ${_prefix}/${_f})
    message(FATAL_ERROR "api-consumer: the install has no ${_f}")
  endif()
endforeach()

# docs/api.md: its first example is main.cpp, verbatim; every ```cpp block
# opened by "// example: NAME.cpp" is a complete program, built here too.
file(READ ${_src}/main.cpp _main)
file(READ ${_src}/../../docs/api.md _doc)
string(FIND "${_doc}" "```cpp\n${_main}```" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "api-consumer: docs/api.md no longer shows tests/api-consumer/main.cpp verbatim")
endif()
set(_examples ${WORK}/doc-examples)
file(MAKE_DIRECTORY ${_examples})
set(_names)
# (Found by position: a block's code holds semicolons, which a CMake list would split.)
set(_open "```cpp\n// example: ")
set(_rest "${_doc}")
while(TRUE)
  string(FIND "${_rest}" "${_open}" _at)
  if(_at EQUAL -1)
    break()
  endif()
  math(EXPR _at "${_at} + 7")  # past "```cpp\n"
  string(SUBSTRING "${_rest}" ${_at} -1 _rest)
  string(FIND "${_rest}" "```" _end)
  string(SUBSTRING "${_rest}" 0 ${_end} _code)
  string(SUBSTRING "${_rest}" ${_end} -1 _rest)
  string(REGEX MATCH "^// example: ([a-z_]+)\\.cpp\n" _ignored "${_code}")
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "api-consumer: a \"// example:\" line in docs/api.md names no NAME.cpp")
  endif()
  file(WRITE ${_examples}/${CMAKE_MATCH_1}.cpp "${_code}")
  list(APPEND _names ${CMAKE_MATCH_1})
endwhile()
if(NOT _names)
  message(FATAL_ERROR "api-consumer: found no \"// example:\" blocks in docs/api.md")
endif()

step("configuring the consumer" ${CMAKE_COMMAND} -S ${_src} -B ${_build} -DCMAKE_PREFIX_PATH=${_prefix}
     -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Debug -DGOVM_DOC_EXAMPLES=${_examples})
step("building the consumer" ${CMAKE_COMMAND} --build ${_build} -j2)
foreach(_prog api_consumer ${_names})
  if(NOT _prog STREQUAL "api_consumer")
    set(_prog doc_${_prog})
  endif()
  step("running ${_prog}" ${_build}/${_prog})
  if(NOT step_output MATCHES "ok\n$")
    message(FATAL_ERROR "api-consumer: ${_prog} printed \"${step_output}\", want \"ok\" last")
  endif()
endforeach()
message(STATUS "api-consumer: ok")
