package org.intermarket.security;

import java.time.Instant;

/** A freshly issued bearer token: the only moment the token itself exists outside the client. */
public record IssuedToken(String token, Instant expiresAt) {
}
