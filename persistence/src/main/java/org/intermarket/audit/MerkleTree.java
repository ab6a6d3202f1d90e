package org.intermarket.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.intermarket.shared.Sha256;

/**
 * The Merkle tree of the audit log, as RFC 9162 §2.1 defines it (the one of Certificate Transparency):
 * a leaf hashes as {@code SHA-256(0x00 ‖ entry)}, an inner node as {@code SHA-256(0x01 ‖ left ‖ right)}, and a tree of
 * n leaves splits at the largest power of two below n. Proofs and roots are computed from the hashes of complete,
 * aligned subtrees ({@link Nodes}), which the log stores as it grows, so that nothing here reads more than a few
 * dozen of them; verification needs only the proof itself and is what any client can do.
 */
public final class MerkleTree {

    /** The hash of the complete subtree of {@code 2^level} leaves starting at leaf {@code index << level}. */
    @FunctionalInterface
    public interface Nodes {
        byte[] node(int level, long index);
    }

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF);
        return sha256.digest(entry);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The root of the tree of the first {@code size} leaves; of the empty tree, the hash of nothing. */
    public static byte[] root(Nodes nodes, long size) {
        return size == 0 ? sha256().digest() : range(nodes, 0, size);
    }

    /** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf m in the tree of size n, from the leaf up. */
    public static List<byte[]> inclusionPath(Nodes nodes, long leaf, long size) {
        if (leaf < 0 || leaf >= size) {
            throw new IllegalArgumentException("leaf " + leaf + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, leaf, 0, size, path);
        return path;
    }

    /** RFC 9162 §2.1.4.1 PROOF(m, D[n]): that the tree of size m is a prefix of the tree of size n. */
    public static List<byte[]> consistencyProof(Nodes nodes, long first, long second) {
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(nodes, first, 0, second, true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2: whether {@code path} proves the leaf at {@code leaf} to be in the tree of this size and root. */
    public static boolean verifyInclusion(long leaf, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leaf < 0 || leaf >= size) {
            return false;
        }
        long fn = leaf;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: whether {@code proof} shows the tree (first, firstRoot) to be a prefix of (second, secondRoot). */
    public static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    /** MTH(D[from:to]) where {@code from} is a multiple of the largest power of two not above the range's size. */
    static byte[] range(Nodes nodes, long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1 && from % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, from >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(range(nodes, from, from + k), range(nodes, from + k, to));
    }

    private static void path(Nodes nodes, long leaf, long from, long to, List<byte[]> path) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (leaf < k) {
            path(nodes, leaf, from, from + k, path);
            path.add(range(nodes, from + k, to));
        } else {
            path(nodes, leaf - k, from + k, to, path);
            path.add(range(nodes, from, from + k));
        }
    }

    private static void subproof(Nodes nodes, long m, long from, long to, boolean whole, List<byte[]> proof) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(range(nodes, from, to));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(nodes, m, from, from + k, whole, proof);
            proof.add(range(nodes, from + k, to));
        } else {
            subproof(nodes, m - k, from + k, to, false, proof);
            proof.add(range(nodes, from, from + k));
        }
    }

    /** The largest power of two strictly less than n (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        return Sha256.newDigest();
    }
}
