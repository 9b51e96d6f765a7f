# springdesk_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [ENVIRONMENT k=v ...])
# Builds a Qt Test executable, registers it with ctest, runs it on the offscreen platform
# with a per-test timeout. Labels: unit, integration, widget, fault, fuzz, bench, keychain.
# bench and fuzz are excluded from scripts/test; keychain tests run inside a D-Bus session
# with an unlocked gnome-keyring (scripts/test provides it).
set(SPRINGDESK_DEFAULT_TEST_TIMEOUT 120)

function(springdesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_SOURCES)
        message(FATAL_ERROR "springdesk_add_test(${name}): SOURCES is required")
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT ${SPRINGDESK_DEFAULT_TEST_TIMEOUT})
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE springdesk_policy Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        SPRINGDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SPRINGDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(TARGET springdesk-sandbox)
        # Integration tests start the real server binary; make sure it is built first.
        target_compile_definitions(${name} PRIVATE SPRINGDESK_SANDBOX_EXE="$<TARGET_FILE:springdesk-sandbox>")
        add_dependencies(${name} springdesk-sandbox)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;${ARG_ENVIRONMENT}")
endfunction()
