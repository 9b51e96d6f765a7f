# One INTERFACE target carries the compiler policy; every Springdesk target links it.
add_library(springdesk_policy INTERFACE)
target_compile_options(springdesk_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    -Wno-missing-field-initializers)
if(SPRINGDESK_WERROR)
    target_compile_options(springdesk_policy INTERFACE -Werror)
endif()
target_compile_definitions(springdesk_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_CONTEXTLESS_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)
if(SPRINGDESK_SANITIZE)
    target_compile_options(springdesk_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(springdesk_policy INTERFACE -fsanitize=address,undefined)
endif()
