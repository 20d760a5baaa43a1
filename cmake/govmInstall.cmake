# (issue 8) `cmake --install` and the CMake package: what an exercise
# repository needs to find_package(govm) and link govm::govm.
#
# Installed layout under the prefix:
#   lib/libgovm_{runtime,vm,compiler}.a   the static libraries
#   bin/govm                              the command
#   include/govm/govm.h                   the public header: #include <govm/govm.h>
#   include/govm/{runtime,vm,compiler}/*.h  the headers it includes, at their
#                                         tree paths, so that the tree's own
#                                         #include "runtime/image.h" resolves
#   lib/cmake/govm/                       govmConfig.cmake, its version, the targets
#
# Every layer's header is installed, not only those govm.h reaches today:
# the API re-exports the layers, and a header added to one (vm/snapshot.h)
# is then installed without a list to keep in step. The in-tree build is
# unchanged: the install interface appears only in the exported targets.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(GOVM_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/govm)
set(GOVM_INSTALL_HEADERDIR ${CMAKE_INSTALL_INCLUDEDIR}/govm)

# govm::govm: everything, in link order (the compiler uses the vm uses the runtime).
add_library(govm_api INTERFACE)
set_target_properties(govm_api PROPERTIES EXPORT_NAME govm)
target_link_libraries(govm_api INTERFACE govm_compiler govm_vm govm_runtime)
target_compile_features(govm_api INTERFACE cxx_std_20)
if(GOVM_SANITIZE)
  # add_compile_options/add_link_options reach only this tree's targets; a
  # consumer of the installed package must build with the same flags (the
  # libraries call into the sanitizer runtimes, and vm/fiber_asan.h
  # annotates fiber switches only under __SANITIZE_ADDRESS__).
  target_compile_options(govm_api INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                            -fno-sanitize-recover=all)
  target_link_options(govm_api INTERFACE -fsanitize=address,undefined)
  target_compile_definitions(govm_api INTERFACE GOVM_SANITIZE=1)
endif()
add_library(govm::govm ALIAS govm_api)

foreach(_lib govm_runtime govm_vm govm_compiler)
  target_include_directories(${_lib} INTERFACE $<INSTALL_INTERFACE:${GOVM_INSTALL_HEADERDIR}>)
endforeach()
target_include_directories(govm_compiler INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)

install(TARGETS govm_runtime govm_vm govm_compiler govm_api
        EXPORT govmTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS govm RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${PROJECT_SOURCE_DIR}/compiler/include/govm/govm.h DESTINATION ${GOVM_INSTALL_HEADERDIR})
foreach(_layer runtime vm compiler)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${_layer}/ DESTINATION ${GOVM_INSTALL_HEADERDIR}/${_layer}
          FILES_MATCHING PATTERN "*.h" PATTERN "include" EXCLUDE)
endforeach()

install(EXPORT govmTargets NAMESPACE govm:: DESTINATION ${GOVM_INSTALL_CMAKEDIR})

if(GOVM_SANITIZE)
  set(GOVM_SANITIZE_VALUE ON)
else()
  set(GOVM_SANITIZE_VALUE OFF)
endif()
set(GOVM_BOOST_VERSION 1.74)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/govmConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/govmConfig.cmake
                              INSTALL_DESTINATION ${GOVM_INSTALL_CMAKEDIR}
                              PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/govmConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/govmConfig.cmake ${PROJECT_BINARY_DIR}/govmConfigVersion.cmake
        DESTINATION ${GOVM_INSTALL_CMAKEDIR})
