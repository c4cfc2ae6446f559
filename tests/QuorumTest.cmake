# quorum_add_test(<name> [LIBS <libs...>] [LABELS <labels...>] [TIMEOUT <s>] [ENVIRONMENT <k=v...>]
#                 [WRAPPER <script>] [POSTGRES])
# Builds <name>.cpp into one executable and registers it. Every test runs with a C locale, the
# offscreen platform, and QStandardPaths test mode (the test never touches the user's settings).
# POSTGRES registers it a second time as <name>_pg, with every test workspace a team workspace on the
# private PostgreSQL cluster (tests/support/TestDatabase).
# The tests' shared precompiled header (tests/support: quorum_testpch): Qt's most used headers,
# parsed once instead of once per executable (parsing was two thirds of a test's compile time).
# Not QApplication (it turns qApp into a QApplication, which a GUI-less test is not). A test whose definitions
# came to differ from the donor's would compile without the header, slower, with a warning rather than fail.
function(quorum_use_test_pch target)
    target_precompile_headers(${target} REUSE_FROM quorum_testpch)
    target_compile_options(${target} PRIVATE -Wno-error=invalid-pch)
endfunction()

function(quorum_add_test name)
    cmake_parse_arguments(T "POSTGRES" "TIMEOUT;WRAPPER" "LIBS;LABELS;ENVIRONMENT;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${T_SOURCES})
    target_link_libraries(${name} PRIVATE quorum_testsupport Qt6::Test ${T_LIBS})
    quorum_use_test_pch(${name})
    if(T_WRAPPER)
        # Runs the test inside what the wrapper sets up (a D-Bus session with a keyring, ...).
        set(command ${T_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        set(command ${name})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(environment "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;QUORUM_BINARY_DIR=${CMAKE_BINARY_DIR};QUORUM_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENVIRONMENT}")
    add_test(NAME ${name} COMMAND ${command})
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}" ENVIRONMENT "${environment}")
    if(T_POSTGRES)
        add_test(NAME ${name}_pg COMMAND ${command})
        set_tests_properties(${name}_pg PROPERTIES
            TIMEOUT ${T_TIMEOUT}
            LABELS "${T_LABELS};postgres"
            FIXTURES_REQUIRED postgres
            ENVIRONMENT "${environment};QUORUM_TEST_ENGINE=postgresql;QUORUM_PG_ENV=${QUORUM_PG_ENV}")
    endif()
endfunction()

