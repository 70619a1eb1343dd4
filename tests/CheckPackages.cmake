# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Debian packages from the build (cpack -G DEB) in a folder of its own, and checks
# what a user's apt would see: each package's name, dependencies and contents.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${CPACK} -G DEB -B ${OUT} --config ${BUILD_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE result OUTPUT_VARIABLE log
                ERROR_VARIABLE log)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${log}")
endif()

function(check_package name)
    file(GLOB found ${OUT}/${name}_*.deb)
    list(LENGTH found count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "no single ${name}_*.deb in ${OUT}")
    endif()
    execute_process(COMMAND dpkg-deb --info ${found} OUTPUT_VARIABLE info RESULT_VARIABLE r1)
    execute_process(COMMAND dpkg-deb --contents ${found} OUTPUT_VARIABLE contents RESULT_VARIABLE r2)
    if(NOT r1 EQUAL 0 OR NOT r2 EQUAL 0)
        message(FATAL_ERROR "dpkg-deb cannot read ${found}")
    endif()
    set(args ${ARGN})
    cmake_parse_arguments(PARSE_ARGV 1 want "" "" "INFO;FILES;NOT_FILES")
    foreach(line IN LISTS want_INFO)
        if(NOT info MATCHES "${line}")
            message(FATAL_ERROR "${name}: the control data lacks ${line}:\n${info}")
        endif()
    endforeach()
    foreach(path IN LISTS want_FILES)
        if(NOT contents MATCHES "${path}")
            message(FATAL_ERROR "${name}: no ${path} in\n${contents}")
        endif()
    endforeach()
    foreach(path IN LISTS want_NOT_FILES)
        if(contents MATCHES "${path}")
            message(FATAL_ERROR "${name}: ${path} does not belong in it")
        endif()
    endforeach()
    message(STATUS "${found}: checked")
endfunction()

check_package(inbox
    INFO "Package: inbox" "Depends:.*libqt6widgets6" "Depends:.*libqt6sql6-sqlite"
         "Depends:.*qt6-wayland" "Depends:.*libphonenumber"
    FILES "\\./usr/bin/inbox\n" "usr/share/applications/io.github.teaminbox.Inbox.desktop"
          "usr/share/metainfo/io.github.teaminbox.Inbox.metainfo.xml"
          "usr/share/icons/hicolor/scalable/apps/io.github.teaminbox.Inbox.svg"
          "usr/share/icons/hicolor/48x48/apps/io.github.teaminbox.Inbox.png"
          "usr/share/man/man1/inbox.1" "usr/lib/systemd/user/inbox-headless.service"
          "usr/share/doc/inbox/copyright"
    NOT_FILES "inbox-relay" "inbox-sandbox" "inboxctl")
check_package(inbox-relay
    INFO "Package: inbox-relay" "Depends:.*libqt6httpserver6" "Depends:.*adduser"
         "Recommends: libqt6sql6-psql"
    FILES "usr/bin/inbox-relay" "usr/bin/inboxctl" "usr/lib/systemd/system/inbox-relay.service"
          "usr/share/man/man1/inbox-relay.1" "usr/share/man/man1/inboxctl.1"
          "usr/share/doc/inbox-relay/examples/inbox-relay.default"
    NOT_FILES "usr/bin/inbox\n" "inbox-sandbox" "applications")

# Debian's own checks, warnings included.
if(LINTIAN)
    file(GLOB debs ${OUT}/*.deb)
    execute_process(COMMAND ${LINTIAN} --fail-on error,warning --tag-display-limit 0 ${debs}
                    RESULT_VARIABLE result OUTPUT_VARIABLE said ERROR_VARIABLE said)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lintian:\n${said}")
    endif()
    message(STATUS "lintian: no error or warning")
endif()
