package org.intermarket.it;

import java.util.concurrent.ThreadLocalRandom;

/** Registers fresh organisations through the public API. */
public final class Registrations {

    /** Strong enough for the password policy: long, and no common word pattern. */
    public static final String PASSWORD = "Quiet-orchid-7-lantern";

    private Registrations() {
    }

    /** A registration with a phone of its own: organisations share a phone only where a test says so (a bid-rigging signal). */
    public static String body(String role, String username, String creditCode) {
        return body(role, username, creditCode, uniquePhone());
    }

    public static String body(String role, String username, String creditCode, String phone) {
        return """
                {"role":"%s","organisation":{"name":"测试单位 %s","creditCode":"%s","region":"330100",
                 "legalRepresentative":"张三","contactPhone":"%s"},
                 "account":{"username":"%s","password":"%s","email":"%s@example.org"}}
                """.formatted(role, username, creditCode, phone, username, PASSWORD, username);
    }

    /** A Hangzhou landline number no other test organisation is likely to have. */
    public static String uniquePhone() {
        return "0571-" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    /** A new owner account; returns its username (password {@link #PASSWORD}). */
    public static String newOwner() {
        String username = Api.unique("owner");
        Api.Reply reply = Api.anonymous().post("/api/v1/registrations", body("OWNER", username, CreditCodes.random("330100")));
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply);
        }
        return username;
    }
}
