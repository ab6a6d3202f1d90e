package org.intermarket.audit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.intermarket.audit.AuditVerifier;
import org.intermarket.audit.ChainVerification;
import org.intermarket.shared.view.Messages;

/** supervisor/audit.xhtml: runs the verification of the whole audit chain on request and shows what it found. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    private AuditVerifier verifier;

    @Inject
    private Clock clock;

    private ChainVerification result;
    private Instant verifiedAt;
    private long millis;

    public void verify() {
        long start = System.nanoTime();
        if (Messages.attempt(() -> result = verifier.verify())) {
            verifiedAt = clock.instant();
            millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
    }

    public ChainVerification getResult() {
        return result;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public long getMillis() {
        return millis;
    }
}
