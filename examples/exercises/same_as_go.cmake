# Runs a Go file with real Go (`go run`) and with govm (`govm run`): both
# must print the same stdout and end with the same status, as every program
# govm accepts must.
#
#   cmake -DGO=go -DGOVM=govm -DFILE=prog.go -P same_as_go.cmake
# go needs a build cache; a test environment may have no HOME for the default one.
if(NOT DEFINED ENV{GOCACHE} AND NOT DEFINED ENV{HOME} AND NOT DEFINED ENV{XDG_CACHE_HOME})
  set(ENV{GOCACHE} ${CMAKE_CURRENT_BINARY_DIR}/go-cache)
endif()
execute_process(COMMAND ${GO} run ${FILE} RESULT_VARIABLE go_status OUTPUT_VARIABLE go_out ERROR_VARIABLE go_err)
execute_process(COMMAND ${GOVM} run ${FILE} RESULT_VARIABLE govm_status OUTPUT_VARIABLE govm_out ERROR_VARIABLE govm_err)
if(NOT go_status STREQUAL govm_status OR NOT go_out STREQUAL govm_out)
  message(FATAL_ERROR "${FILE}: go run and govm run differ\n"
          "go (${go_status}):\n${go_out}${go_err}\ngovm (${govm_status}):\n${govm_out}${govm_err}")
endif()
message("${FILE}: go run and govm run agree:\n${govm_out}")
