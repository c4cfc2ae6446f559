// The donor of the tests' precompiled header (tests/support/CMakeLists.txt: quorum_testpch); nothing else.
