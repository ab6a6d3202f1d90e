package org.intermarket.supervision;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the keys that name signals of undue influence ({@link RedHatSignal#key()}, {@link SteeringSignal#key()}),
 * apart from the EJB that reads them: a container must not see a static method on a session bean.
 */
public final class InfluenceKeys {

    static final Pattern RED_HAT = Pattern.compile(Pattern.quote(RedHatSignal.PREFIX) + "(\\d{1,18})-(\\d{1,18})");
    static final Pattern STEERING = Pattern.compile(Pattern.quote(SteeringSignal.PREFIX)
            + "(\\d{1,18})-(\\d{1,18})-([A-Z0-9][A-Z0-9-]{1,31})");

    private InfluenceKeys() {
    }

    /** The kind of signal of undue influence the text names, if it has the shape of one's key. */
    public static Optional<SignalKind> kindOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (RED_HAT.matcher(key).matches()) {
            return Optional.of(SignalKind.RED_HAT);
        }
        return STEERING.matcher(key).matches() ? Optional.of(SignalKind.STEERING) : Optional.empty();
    }
}
