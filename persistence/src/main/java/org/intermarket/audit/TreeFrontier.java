package org.intermarket.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The right edge of a growing Merkle tree: the roots of its complete subtrees, largest first, at most one per size.
 * Adding leaves one by one, it gives the root of the tree so far at any moment, reading nothing stored: how a whole
 * log is recomputed from its entries alone.
 */
public final class TreeFrontier {

    private record Subtree(int level, byte[] hash) {
    }

    private final Deque<Subtree> subtrees = new ArrayDeque<>();
    private long size;

    public void add(byte[] leafHash) {
        Subtree last = new Subtree(0, leafHash);
        while (!subtrees.isEmpty() && subtrees.peekLast().level() == last.level()) {
            Subtree left = subtrees.removeLast();
            last = new Subtree(last.level() + 1, MerkleTree.nodeHash(left.hash(), last.hash()));
        }
        subtrees.addLast(last);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves so far: the complete subtrees folded from the right (RFC 9162's split at powers of two). */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleTree.root((level, index) -> {
                throw new IllegalStateException("an empty tree has no nodes");
            }, 0);
        }
        Iterator<Subtree> fromTheRight = subtrees.descendingIterator();
        byte[] root = fromTheRight.next().hash();
        while (fromTheRight.hasNext()) {
            root = MerkleTree.nodeHash(fromTheRight.next().hash(), root);
        }
        return root;
    }
}
