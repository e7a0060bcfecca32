# Packaging with CPack: a .deb on Linux (package `reclama`), NSIS on Windows, a DragNDrop disk
# image on macOS. The layers install their own files (binaries, helper, templates, catalogs,
# desktop entry, icons, metainfo, MIME type); this adds the man pages and the package metadata.

install(FILES "${PROJECT_SOURCE_DIR}/res/man/reclama.1" "${PROJECT_SOURCE_DIR}/res/man/reclama-cli.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_PACKAGE_NAME "reclama")
set(CPACK_PACKAGE_VENDOR "Reclama")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Reclama maintainers <reclama@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Log a dispute with a company and export a chronological PDF dossier")
set(CPACK_PACKAGE_DESCRIPTION
    "Reclama keeps every contact, promise, invoice, payment and piece of evidence of a dispute \
with a company, and exports a chronological PDF dossier for a consumer office or a court. \
Spanish and English.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/reclama/reclama")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Reclama")
set(CPACK_PACKAGE_EXECUTABLES "reclama" "Reclama")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # Untested: see installer/windows.md.
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Reclama")
    set(CPACK_NSIS_PACKAGE_NAME "Reclama ${PROJECT_VERSION}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Reclama.lnk' '$INSTDIR\\\\bin\\\\reclama.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Reclama.lnk'")
    # .reclama files open in the app.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "WriteRegStr HKCR '.reclama' '' 'Reclama.Case'\n\
WriteRegStr HKCR 'Reclama.Case' '' 'Reclama case'\n\
WriteRegStr HKCR 'Reclama.Case\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\reclama.exe\" \"%1\"'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "DeleteRegKey HKCR '.reclama'\nDeleteRegKey HKCR 'Reclama.Case'")
elseif(APPLE)
    # Untested: see installer/macos.md.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Reclama")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_NAME "reclama")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # reclama_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # dpkg-shlibdeps works out the library packages (wxWidgets, SQLite, PoDoFo, qpdf, ICU, ...).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
    # Installed under /usr whatever prefix the build tree was configured with.
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # No library links to the fonts, so dpkg-shlibdeps cannot know: the dossier is drawn in
    # DejaVu and exports fail without it. (wx3.2-i18n is left out on purpose: with it, wxGTK
    # hands Cancel/OK to GTK's own stock labels, which follow the system's language rather than
    # the one chosen in Reclama; Reclama's catalog words them itself.)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")
endif()

include(CPack)

# ctest -L integration: build the .deb and check its contents (needs a complete build first).
if(RECLAMA_BUILD_TESTS AND RECLAMA_BUILD_GUI AND NOT WIN32 AND NOT APPLE)
    add_test(NAME package_deb
             COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${CMAKE_BINARY_DIR}
                     -P "${PROJECT_SOURCE_DIR}/installer/CheckDeb.cmake")
    set_tests_properties(package_deb PROPERTIES LABELS integration TIMEOUT 900 RUN_SERIAL ON)
endif()
