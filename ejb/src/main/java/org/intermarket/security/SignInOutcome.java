package org.intermarket.security;

import java.time.Duration;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {

    /** The password was right and the account may act. */
    record Success(Identity identity) implements SignInOutcome {
    }

    /**
     * Wrong password, unknown user, disabled or locked account: one answer for all, so that it never tells
     * whether a username exists.
     */
    record Failure() implements SignInOutcome {
    }

    /** Not tried at all: the source or the username from it is guessing, or the server is busy checking passwords. */
    record Throttled(Duration retryAfter) implements SignInOutcome {
    }
}
