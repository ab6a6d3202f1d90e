package org.intermarket.audit;

/**
 * The outcome of recomputing the whole log: valid, with the number of entries in the tree, the size of the latest
 * signed head and the entries still waiting for the sequencer; or the first position found bad and why.
 */
public record ChainVerification(boolean valid, long entries, long treeSize, long pending, Long firstBadPosition, String problem) {

    static ChainVerification intact(long entries, long treeSize, long pending) {
        return new ChainVerification(true, entries, treeSize, pending, null, null);
    }

    static ChainVerification badAt(long entries, long treeSize, long pending, long position, String problem) {
        return new ChainVerification(false, entries, treeSize, pending, position, problem);
    }
}
