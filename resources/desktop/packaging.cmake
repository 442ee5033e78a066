# CPack: the .deb that scripts/package builds from the install rules. Included last by the top-level
# CMakeLists.txt, after every install rule.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME debrief-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Debrief Studio maintainers")
set(CPACK_PACKAGE_CONTACT "Debrief Studio maintainers <maintainers@debriefstudio.org>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Debrief Studio maintainers <maintainers@debriefstudio.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "practise and score GPU orchestration interviews")
# The synopsis comes from the summary; this is the extended description under it.
set(CPACK_PACKAGE_DESCRIPTION "Debrief Studio prepares engineers for infrastructure product manager
interviews on GPU orchestration and lets a mock interviewer score them live:
timed practice with an answer coach, Depth and Vision scores with evidence,
the GPU Orchestration Maturity Matrix, a committee of interviewers and PDF
scorecards. Its engine replays GPU-cluster job traces under scheduling
policies; debrief-cli runs the same engine from a shell.")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the executables link come from dpkg-shlibdeps; Qt's plugins are loaded at run time, so
# the packages holding the ones the studio needs (SQLite driver, X11/Wayland platforms, SVG icons)
# are named here, and Qt's own translations (a dialog's Cancel in German or Chinese), loaded by file.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei, qt6-svg-plugins")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
