# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source, build or CI file tracked by git does not say its licence in its first
# lines (SPDX-License-Identifier: GPL-3.0-or-later), or when LICENSE is missing.
if(NOT EXISTS ${SOURCE_DIR}/LICENSE)
    message(FATAL_ERROR "LICENSE is missing: the project is GPL-3.0-or-later")
endif()
execute_process(COMMAND git ls-files -- "*.cpp" "*.h" "CMakeLists.txt" "*/CMakeLists.txt"
                        "*.cmake" ".ci/run" ".ci/setup" ".ci/start" ".ci/test"
                WORKING_DIRECTORY ${SOURCE_DIR}
                OUTPUT_VARIABLE files RESULT_VARIABLE gitResult
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT gitResult EQUAL 0)
    message(FATAL_ERROR "git ls-files failed: the licence check needs a git checkout")
endif()
string(REPLACE "\n" ";" files "${files}")
set(missing "")
foreach(file IN LISTS files)
    file(STRINGS ${SOURCE_DIR}/${file} head LIMIT_COUNT 3)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " listed)
    message(FATAL_ERROR "No SPDX-License-Identifier: GPL-3.0-or-later in the first lines of:\n  ${listed}")
endif()
list(LENGTH files count)
message(STATUS "${count} files say their licence")
