# Compiles through ccache when it is installed, so a clean clone, another preset or a branch switched back gets its
# unchanged files from the cache instead of the compiler. The settings travel with the command, not with the user's
# ccache configuration: paths are taken relative to this source tree (clones anywhere share entries), the build
# directory is left out of the hash, and the precompiled headers are cacheable (ccache's documented requirements).
# A launcher chosen by the user (CMAKE_CXX_COMPILER_LAUNCHER, also from the environment) wins.
option(NOTIFLOW_CCACHE "Compile through ccache when it is installed" ON)
if(NOTIFLOW_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(NOTIFLOW_CCACHE_PROGRAM ccache)
  if(NOTIFLOW_CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=true
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime ${NOTIFLOW_CCACHE_PROGRAM})
  endif()
endif()
