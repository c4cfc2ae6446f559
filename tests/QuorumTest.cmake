# quorum_add_test(<name> [LIBS <libs...>] [LABELS <labels...>] [TIMEOUT <s>] [ENVIRONMENT <k=v...>]
#                 [WRAPPER <script>])
# Builds <name>.cpp into one executable and registers it. Every test runs with a C locale, the
# offscreen platform, and QStandardPaths test mode (the test never touches the user's settings).
function(quorum_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT;WRAPPER" "LIBS;LABELS;ENVIRONMENT;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${T_SOURCES})
    target_link_libraries(${name} PRIVATE quorum_testsupport Qt6::Test ${T_LIBS})
    if(T_WRAPPER)
        # Runs the test inside what the wrapper sets up (a D-Bus session with a keyring, ...).
        add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;QUORUM_BINARY_DIR=${CMAKE_BINARY_DIR};QUORUM_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENVIRONMENT}")
endfunction()
