package org.intermarket.it;

/** Registers fresh organisations through the public API. */
public final class Registrations {

    public static final String PASSWORD = "s3cure-passw0rd";

    private Registrations() {
    }

    public static String body(String role, String username, String creditCode) {
        return """
                {"role":"%s","organisation":{"name":"测试单位 %s","creditCode":"%s","region":"330100",
                 "legalRepresentative":"张三","contactPhone":"0571-88001234"},
                 "account":{"username":"%s","password":"%s","email":"%s@example.org"}}
                """.formatted(role, username, creditCode, username, PASSWORD, username);
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
