package org.intermarket.it;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Wrong passwords, sent as a guesser would send them. */
final class Guesses {

    /**
     * The failures per hour after which an account refuses passwords from addresses it has not signed in from
     * (SignInService.ACCOUNT_FAILURE_CAP).
     */
    static final int ACCOUNT_CAP = 100;

    private Guesses() {
    }

    /**
     * Locks an account the only way a stranger can: wrong passwords spread over as many addresses as it takes to
     * reach the account's hourly cap, one each, so no single address is throttled. Two at a time, since the server
     * computes at most half as many hashes at once as it has cores and asks the rest to come back (429).
     */
    static void lockByDistributedGuessing(String username) {
        AtomicInteger failures = new AtomicInteger();
        ExecutorService guessers = Executors.newFixedThreadPool(2);
        for (int guesser = 0; guesser < 2; guesser++) {
            guessers.submit(() -> {
                while (failures.get() < ACCOUNT_CAP) {
                    int status = Api.basic(username, "guess-" + Api.unique("g")).from(Api.freshAddress())
                            .post("/api/v1/tokens", null).status();
                    if (status == 401) {
                        failures.incrementAndGet();
                    } else if (status != 429) {
                        throw new IllegalStateException("a wrong password answered " + status);
                    }
                }
            });
        }
        guessers.shutdown();
        try {
            if (!guessers.awaitTermination(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("guessing did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
