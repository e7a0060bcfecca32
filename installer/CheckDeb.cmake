# Builds the .deb with CPack in the build tree and checks what it holds (run by ctest:
# cmake -DBUILD_DIR=<build> -P CheckDeb.cmake). Fails naming every missing file.
if(NOT BUILD_DIR)
    message(FATAL_ERROR "BUILD_DIR is not set")
endif()
find_program(DPKG_DEB dpkg-deb REQUIRED)

file(GLOB old "${BUILD_DIR}/reclama_*.deb")
if(old)
    file(REMOVE ${old})
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env cpack -G DEB
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${BUILD_DIR}/reclama_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one reclama_*.deb in ${BUILD_DIR}, found: ${debs}")
endif()

execute_process(COMMAND "${DPKG_DEB}" -c "${debs}" OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed on ${debs}")
endif()
execute_process(COMMAND "${DPKG_DEB}" -I "${debs}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -I failed on ${debs}")
endif()

set(missing)
foreach(path IN ITEMS
        ./usr/bin/reclama
        ./usr/bin/reclama-cli
        ./usr/libexec/reclama/reclama-pdf-helper
        ./usr/share/reclama/templates/profiles/generic.json
        ./usr/share/reclama/templates/texts/es.json
        ./usr/share/reclama/templates/texts/en.json
        ./usr/share/locale/es/LC_MESSAGES/reclama.mo
        ./usr/share/applications/reclama.desktop
        ./usr/share/icons/hicolor/scalable/apps/reclama.svg
        ./usr/share/icons/hicolor/48x48/apps/reclama.png
        ./usr/share/icons/hicolor/256x256/apps/reclama.png
        ./usr/share/metainfo/io.github.reclama.Reclama.metainfo.xml
        ./usr/share/mime/packages/reclama.xml
        ./usr/share/man/man1/reclama.1
        ./usr/share/man/man1/reclama-cli.1)
    string(FIND "${listing}" " ${path}\n" at)
    if(at EQUAL -1)
        string(FIND "${listing}" " ${path}.gz\n" at)
    endif()
    if(at EQUAL -1)
        list(APPEND missing "${path}")
    endif()
endforeach()
foreach(field IN ITEMS "Package: reclama" "Depends: " "Architecture: ")
    string(FIND "${info}" "${field}" at)
    if(at EQUAL -1)
        list(APPEND missing "control field '${field}'")
    endif()
endforeach()
# The dependencies dpkg-shlibdeps found must include the GUI toolkit and the database.
foreach(dep IN ITEMS libwx libsqlite3 fonts-dejavu-core)
    string(FIND "${info}" "${dep}" at)
    if(at EQUAL -1)
        list(APPEND missing "dependency on ${dep}*")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "${debs} lacks:\n  ${text}\n\n${info}")
endif()
message(STATUS "${debs}: every expected file and dependency is there")
