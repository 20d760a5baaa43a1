# Runs an exercise checker on a starter, which must fail as a student
# would see it fail: the checker ends with GoogleTest's failure status (1:
# a crash, a usage error or a signal is not the expected failure) and its
# output holds the explanation EXPECT.
#
#   cmake -DCHECKER=check_x -DFILE=starter.go "-DEXPECT=text" -P expect_failure.cmake
execute_process(COMMAND ${CHECKER} ${FILE}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT status STREQUAL "1")
  message(FATAL_ERROR "the checker on ${FILE} ended with '${status}', not with a test failure (1)")
endif()
string(FIND "${output}" "${EXPECT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the checker failed on ${FILE}, but without saying: ${EXPECT}")
endif()
