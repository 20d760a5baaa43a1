# Runs a Go file with real Go (built, then run) and with govm (`govm run`): both
# must print the same stdout and end with the same status, as every program
# govm accepts must.
#
#   cmake -DGO=go -DGOVM=govm -DFILE=prog.go -P same_as_go.cmake
# go needs a build cache; a test environment may have no HOME for the default one.
if(NOT DEFINED ENV{GOCACHE} AND NOT DEFINED ENV{HOME} AND NOT DEFINED ENV{XDG_CACHE_HOME})
  set(ENV{GOCACHE} ${CMAKE_CURRENT_BINARY_DIR}/go-cache)
endif()
# Built, then run, so that the status is the program's own (`go run` turns
# any failure into status 1).
get_filename_component(_name ${FILE} NAME_WE)
get_filename_component(_dir ${FILE} DIRECTORY)
get_filename_component(_exercise ${_dir} NAME)
set(_bin ${CMAKE_CURRENT_BINARY_DIR}/go-oracle-${_exercise}-${_name})
execute_process(COMMAND ${GO} build -o ${_bin} ${FILE} RESULT_VARIABLE build_status ERROR_VARIABLE build_err)
if(NOT build_status EQUAL 0)
  message(FATAL_ERROR "${FILE}: go build failed:\n${build_err}")
endif()
execute_process(COMMAND ${_bin} RESULT_VARIABLE go_status OUTPUT_VARIABLE go_out ERROR_VARIABLE go_err)
file(REMOVE ${_bin})
execute_process(COMMAND ${GOVM} run ${FILE} RESULT_VARIABLE govm_status OUTPUT_VARIABLE govm_out ERROR_VARIABLE govm_err)
if(NOT go_status STREQUAL govm_status OR NOT go_out STREQUAL govm_out)
  message(FATAL_ERROR "${FILE}: go run and govm run differ\n"
          "go (${go_status}):\n${go_out}${go_err}\ngovm (${govm_status}):\n${govm_out}${govm_err}")
endif()
message("${FILE}: go run and govm run agree:\n${govm_out}")
