package org.intermarket.mail;

/** How often a subscribed account hears of matching needs. */
public enum Frequency {
    /** One mail a need, as soon as it is published. */
    IMMEDIATE,
    /** One mail a day, at the hour the account picked (Beijing time), gathering the needs published since the last. */
    DAILY
}
