package org.intermarket.security;

/**
 * A password presented to the market, and where it came from.
 *
 * @param channel how it came: {@code form}, {@code api-token}, {@code api-basic}
 * @param audited whether a success is an audited sign-in (form login, token issue) rather than the per-request
 *                check of HTTP Basic; failures are always audited
 * @param source  the client's address (through trusted proxies), which the throttle counts by
 */
public record SignInAttempt(String username, String password, String channel, boolean audited, String source) {

    @Override
    public String toString() {
        return "SignInAttempt[" + username + " via " + channel + " from " + source + "]";
    }
}
