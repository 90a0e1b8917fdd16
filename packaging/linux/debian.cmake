# The Debian package, made by CPack from what the install rules put in place.
#
# CPack rather than debhelper: the package is made from the very build that `scripts/test` has
# just tested, in seconds, where debhelper would build the whole program again from a debian/
# source tree (another quarter of an hour on a two-core machine). What debhelper would add is
# done here too: the dependencies are computed by dpkg-shlibdeps, the binaries are stripped, the
# compiler's hardening flags come from cmake/CompilerSettings.cmake, and lintian judges the result.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME releasedesk)
set(CPACK_PACKAGE_VENDOR "Release Desk developers")
set(CPACK_PACKAGE_CONTACT "Release Desk developers <developers@releasedesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "draft, review and export media releases")
set(CPACK_PACKAGE_FILE_NAME_INCLUDES_ARCH ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Debian's description, below the summary above: CPack indents each line, and an empty line
# separates paragraphs.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Release Desk is for the media unit of a police force, a government agency
or an international taskforce. An officer drafts a media release or a joint
statement of several agencies through structured fields (agencies and logos,
headline and dateline, statement, quotes, attachments, media contacts and a
second language), checks it against the house style, takes it through
comments and approval, and exports it as a tagged, accessible PDF, PDF/A,
Word, OpenDocument, HTML, Markdown or plain text.

It works offline, never contacts a host, and keeps every change in a
recovery file until it is saved.")
# The libraries the program and its modules link: found by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no linked library reveals. Qt loads its display plugins at run time (qt6-qpa-plugins holds
# the X11 one, qt6-wayland the Wayland one); the dictionaries, Qt's own translations and the Noto
# fonts for scripts the bundled font lacks make the program better but are not needed to run it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "hunspell-en-gb | hunspell-dictionary, qt6-translations-l10n, fonts-noto-core, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")

include(CPack)
