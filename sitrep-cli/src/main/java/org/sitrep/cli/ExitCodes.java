package org.sitrep.cli;

/** The exit codes of DESIGN.md: 0 done, 1 some inputs failed, 2 usage error. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
