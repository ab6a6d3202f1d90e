package org.intermarket.audit;

/**
 * The outcome of recomputing the audit chain: valid with its length, or the first
 * entry found broken and why.
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, String problem) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification brokenAt(long entries, long seq, String problem) {
        return new ChainVerification(false, entries, seq, problem);
    }
}
