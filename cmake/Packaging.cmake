# SPDX-License-Identifier: GPL-3.0-or-later
# Installers with CPack: `cpack -G DEB` (Debian/Ubuntu), `cpack -G NSIS` (Windows),
# `cpack -G DragNDrop` (macOS .dmg), run in the build directory after building.
set(CPACK_PACKAGE_NAME outbox-doctor)
set(CPACK_PACKAGE_VENDOR "Outbox Doctor contributors")
set(CPACK_PACKAGE_CONTACT "Outbox Doctor contributors <outboxdoctor@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "troubleshooter for refused outgoing e-mail")
set(CPACK_PACKAGE_DESCRIPTION
    "Outbox Doctor finds out why outgoing mail is refused (550, 553, relay access\n\
denied, client was not authenticated, sender address rejected), tests the\n\
account live without sending anything, explains the server's answer in plain\n\
words and walks you through the fix.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/outboxdoctor/outbox-doctor")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Outbox Doctor")
set(CPACK_PACKAGE_EXECUTABLES outbox-doctor "Outbox Doctor")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

# Debian: dependencies from the linked libraries (dpkg-shlibdeps, in dpkg-dev).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG icon, the SQLite driver (Apple Mail's database) and the PDF fonts for Chinese are
# loaded at run time, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: an NSIS installer with a Start-menu entry and an uninstaller.
set(CPACK_NSIS_DISPLAY_NAME "Outbox Doctor")
set(CPACK_NSIS_PACKAGE_NAME "Outbox Doctor")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/outbox-doctor.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\outbox-doctor.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: a disk image with the bundle.
set(CPACK_DMG_VOLUME_NAME "Outbox Doctor")

include(CPack)
