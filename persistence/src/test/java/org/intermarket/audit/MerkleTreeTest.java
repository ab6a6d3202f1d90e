package org.intermarket.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against an oracle written straight from RFC 9162's recursive definitions (MTH, PATH, SUBPROOF over lists
 * of leaves, no stored nodes), and against the test vectors of RFC 6962's reference implementation.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of Certificate Transparency's reference test data. */
    private static final List<byte[]> CT_LEAVES = List.of(new byte[0], HEX.parseHex("00"), HEX.parseHex("10"), HEX.parseHex("2021"),
            HEX.parseHex("3031"), HEX.parseHex("40414243"), HEX.parseHex("5051525354555657"),
            HEX.parseHex("606162636465666768696a6b6c6d6e6f"));
    private static final List<String> CT_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void theRootsOfTheReferenceTestDataAreTheReferenceRoots() {
        List<byte[]> leaves = CT_LEAVES.stream().map(MerkleTree::leafHash).toList();
        for (int size = 1; size <= 8; size++) {
            assertEquals(CT_ROOTS.get(size - 1), HEX.formatHex(MerkleTree.root(nodesOf(leaves), size)), "size " + size);
        }
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(MerkleTree.root(nodesOf(leaves), 0)));
    }

    @Test
    void rootsInclusionPathsAndConsistencyProofsAreTheOraclesForEverySizeUpTo70() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            leaves.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        MerkleTree.Nodes nodes = nodesOf(leaves);
        for (int n = 1; n <= 70; n++) {
            List<byte[]> tree = leaves.subList(0, n);
            byte[] root = Oracle.mth(tree);
            assertArrayEquals(root, MerkleTree.root(nodes, n), "root of " + n);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionPath(nodes, m, n);
                assertEquals(hexes(Oracle.path(m, tree)), hexes(path), "path of " + m + " in " + n);
                assertTrue(MerkleTree.verifyInclusion(m, n, leaves.get(m), path, root), "inclusion of " + m + " in " + n);
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(nodes, m, n);
                assertEquals(hexes(m == n ? List.of() : Oracle.subproof(m, tree, true)), hexes(proof), "proof " + m + " to " + n);
                assertTrue(MerkleTree.verifyConsistency(m, n, proof, Oracle.mth(leaves.subList(0, m)), root), "consistency " + m + " to " + n);
            }
        }
    }

    @Test
    void theFrontierGivesTheSameRootAsTheStoredNodesAtEverySize() {
        List<byte[]> leaves = new ArrayList<>();
        TreeFrontier frontier = new TreeFrontier();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(frontier.root()));
        for (int n = 1; n <= 130; n++) {
            byte[] leaf = MerkleTree.leafHash(new byte[] {(byte) n, (byte) (n >> 8)});
            leaves.add(leaf);
            frontier.add(leaf);
            assertEquals(n, frontier.size());
            assertArrayEquals(Oracle.mth(leaves), frontier.root(), "size " + n);
        }
    }

    @Test
    void aProofForAnotherLeafOrAnotherTreeDoesNotVerify() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            leaves.add(MerkleTree.leafHash(new byte[] {(byte) i}));
        }
        MerkleTree.Nodes nodes = nodesOf(leaves);
        byte[] root = MerkleTree.root(nodes, 13);
        List<byte[]> path = MerkleTree.inclusionPath(nodes, 5, 13);
        assertFalse(MerkleTree.verifyInclusion(6, 13, leaves.get(5), path, root), "another position");
        assertFalse(MerkleTree.verifyInclusion(5, 13, leaves.get(6), path, root), "another leaf");
        assertFalse(MerkleTree.verifyInclusion(13, 13, leaves.get(5), path, root), "a position past the tree");
        assertFalse(MerkleTree.verifyInclusion(5, 4, leaves.get(5), path, root), "a tree too small to hold it");
        assertFalse(MerkleTree.verifyInclusion(5, 13, leaves.get(5), path.subList(0, path.size() - 1), root), "a path cut short");
        List<byte[]> proof = MerkleTree.consistencyProof(nodes, 7, 13);
        assertTrue(MerkleTree.verifyConsistency(7, 13, proof, MerkleTree.root(nodes, 7), root));
        assertFalse(MerkleTree.verifyConsistency(7, 13, proof, MerkleTree.root(nodes, 6), root), "a first tree that is not the prefix");
        byte[] forked = leaves.get(3).clone();
        forked[0] ^= 1;
        List<byte[]> rewritten = new ArrayList<>(leaves);
        rewritten.set(3, forked);
        assertFalse(MerkleTree.verifyConsistency(7, 13, proof, MerkleTree.root(nodes, 7), MerkleTree.root(nodesOf(rewritten), 13)),
                "history rewritten below the first tree");
    }

    /** Stored nodes as the log keeps them: the hash of every complete aligned subtree, computed the slow way. */
    static MerkleTree.Nodes nodesOf(List<byte[]> leaves) {
        return (level, index) -> {
            long from = index << level;
            long to = from + (1L << level);
            if (to > leaves.size()) {
                throw new IllegalStateException("node " + level + "/" + index + " is not complete");
            }
            return Oracle.mth(leaves.subList((int) from, (int) to));
        };
    }

    private static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    /** RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1, word for word, on lists of leaf hashes. */
    private static final class Oracle {

        static byte[] mth(List<byte[]> d) {
            if (d.isEmpty()) {
                return sha256(new byte[0]);
            }
            if (d.size() == 1) {
                return d.get(0);
            }
            int k = k(d.size());
            return node(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
        }

        static List<byte[]> path(int m, List<byte[]> d) {
            List<byte[]> result = new ArrayList<>();
            if (d.size() <= 1) {
                return result;
            }
            int k = k(d.size());
            if (m < k) {
                result.addAll(path(m, d.subList(0, k)));
                result.add(mth(d.subList(k, d.size())));
            } else {
                result.addAll(path(m - k, d.subList(k, d.size())));
                result.add(mth(d.subList(0, k)));
            }
            return result;
        }

        static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
            List<byte[]> result = new ArrayList<>();
            int n = d.size();
            if (m == n) {
                if (!b) {
                    result.add(mth(d));
                }
                return result;
            }
            int k = k(n);
            if (m <= k) {
                result.addAll(subproof(m, d.subList(0, k), b));
                result.add(mth(d.subList(k, n)));
            } else {
                result.addAll(subproof(m - k, d.subList(k, n), false));
                result.add(mth(d.subList(0, k)));
            }
            return result;
        }

        /** The largest power of two smaller than n. */
        static int k(int n) {
            int k = 1;
            while (k * 2 < n) {
                k *= 2;
            }
            return k;
        }

        static byte[] node(byte[] left, byte[] right) {
            byte[] input = new byte[1 + left.length + right.length];
            input[0] = 1;
            System.arraycopy(left, 0, input, 1, left.length);
            System.arraycopy(right, 0, input, 1 + left.length, right.length);
            return sha256(input);
        }

        static byte[] sha256(byte[] input) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(input);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
