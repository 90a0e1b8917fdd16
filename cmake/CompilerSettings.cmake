# One INTERFACE target carries the language standard, the warnings and Qt's strictness macros,
# so that every target of the project is built the same way.
add_library(releasedesk_settings INTERFACE)

target_compile_features(releasedesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(releasedesk_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${RELEASEDESK_WERROR}>:-Werror>)

target_compile_definitions(releasedesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

option(RELEASEDESK_WERROR "Treat compiler warnings as errors" OFF)
option(RELEASEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RELEASEDESK_SANITIZE)
    target_compile_options(releasedesk_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(releasedesk_settings INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz build: every file instrumented for libFuzzer's coverage, and checked by the sanitizers.
if(RELEASEDESK_FUZZ)
    target_compile_options(releasedesk_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(releasedesk_settings INTERFACE -fsanitize=address,undefined)
endif()

# The hardening Debian builds its own packages with (dpkg-buildflags): stack protection, checked
# C library calls in optimised builds (the checks need the optimiser), and relocations made
# read-only before the program starts.
target_compile_options(releasedesk_settings INTERFACE -fstack-protector-strong)
target_compile_definitions(releasedesk_settings INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
target_link_options(releasedesk_settings INTERFACE LINKER:-z,relro LINKER:-z,now)
