package org.intermarket.credit;

/** How bad a violation is, and the points it costs for 365 days (DOMAIN.md "Credit"). */
public enum Severity {
    MINOR(2), MODERATE(5), SERIOUS(15);

    private final int points;

    Severity(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
