# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file tracked by git is not formatted as .clang-format says.
execute_process(COMMAND git ls-files -- "*.cpp" "*.h"
                WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE files RESULT_VARIABLE gitResult
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT gitResult EQUAL 0)
    message(FATAL_ERROR "git ls-files failed: the format check needs a git checkout")
endif()
string(REPLACE "\n" ";" files "${files}")
set(unformatted "")
foreach(file IN LISTS files)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${file}
                    WORKING_DIRECTORY ${SOURCE_DIR}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted ${file})
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not formatted (run clang-format -i on them):\n  ${listed}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted")
