# Program suites driven through the govm command, one ctest test per file:
#
#   conformance/NAME   tests/conformance/NAME.go under `govm run`, compared with
#                      what real Go printed (NAME.out, NAME.exit, NAME.err,
#                      recorded by scripts/record-conformance.sh)
#   errors/NAME        tests/errors/NAME.go under `govm build`, checked against
#                      its // ERROR "regexp" annotations (tests/run-errors.py)
#   golden/NAME.MODE   tests/golden/NAME.MODE.golden: the output of
#                      `govm run --trace-memory` (trace), `govm disasm` or
#                      `govm layout` on tests/golden/NAME.go (tests/run-golden.sh;
#                      regenerate with scripts/update-golden.sh)
#
# Labels conformance, errors and golden select a suite: `ctest -L conformance`.
# The files are globbed at configure time (CONFIGURE_DEPENDS re-globs on
# build), every path is absolute, and the runners write only to temporary
# directories, so the tests run from any build directory and leave the source
# tree untouched.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(GOVM_PYTHON ${Python3_EXECUTABLE})
else()
  set(GOVM_PYTHON python3)
endif()

set(_tests ${CMAKE_CURRENT_SOURCE_DIR})

file(GLOB _conformance CONFIGURE_DEPENDS ${_tests}/conformance/*.go)
foreach(_src ${_conformance})
  get_filename_component(_name ${_src} NAME_WE)
  add_test(NAME conformance/${_name}
           COMMAND bash ${_tests}/run-conformance.sh $<TARGET_FILE:govm> ${_src}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  # The runner kills govm after 60 s; ctest's own limit is a backstop.
  set_tests_properties(conformance/${_name} PROPERTIES LABELS conformance TIMEOUT 90)
  # (issue 4) The same program with a collection before every allocation and
  # the heap checked after each: the output must not change. A program that
  # allocates too much for that says so in a `// gc-stress: skip (why)` line.
  file(STRINGS ${_src} _skip REGEX "^// gc-stress: skip")
  if(NOT _skip)
    add_test(NAME gc-stress/${_name}
             COMMAND bash ${_tests}/run-conformance.sh $<TARGET_FILE:govm> ${_src}
             WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    # A collection per allocation costs allocations x live heap: the
    # programs that build large live structures take ~50 s under ASan.
    set_tests_properties(gc-stress/${_name} PROPERTIES LABELS gc-stress TIMEOUT 300
                         ENVIRONMENT "GOVM_RUN_FLAGS=--gc-stress --gc-verify;CONFORMANCE_TIMEOUT=240")
  endif()
endforeach()

file(GLOB _errors CONFIGURE_DEPENDS ${_tests}/errors/*.go)
foreach(_src ${_errors})
  get_filename_component(_name ${_src} NAME_WE)
  add_test(NAME errors/${_name}
           COMMAND ${GOVM_PYTHON} ${_tests}/run-errors.py $<TARGET_FILE:govm> ${_src}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(errors/${_name} PROPERTIES LABELS errors TIMEOUT 90)
endforeach()

file(GLOB _golden CONFIGURE_DEPENDS ${_tests}/golden/*.golden)
foreach(_file ${_golden})
  get_filename_component(_name ${_file} NAME)
  string(REGEX REPLACE "\\.golden$" "" _name ${_name})
  add_test(NAME golden/${_name}
           COMMAND bash ${_tests}/run-golden.sh $<TARGET_FILE:govm> ${_file}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(golden/${_name} PROPERTIES LABELS golden TIMEOUT 90)
endforeach()
