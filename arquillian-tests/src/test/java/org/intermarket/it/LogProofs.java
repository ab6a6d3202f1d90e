package org.intermarket.it;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A client's own check of the market's log, written from RFC 9162 §2.1.3.2 and §2.1.4.2 and the README, with the
 * Java platform only: what an auditor would run, independent of the server's code.
 */
final class LogProofs {

    private static final HexFormat HEX = HexFormat.of();

    private LogProofs() {
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] leafHash(String leafInput) {
        return sha256(new byte[] {0}, leafInput.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    static boolean inclusion(long index, long size, byte[] leaf, List<String> path, byte[] root) {
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (String hex : path) {
            byte[] p = HEX.parseHex(hex);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return index < size && sn == 0 && Arrays.equals(r, root);
    }

    static boolean consistency(long first, long second, List<String> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new java.util.ArrayList<>(proof.stream().map(HEX::parseHex).toList());
        if ((first & (first - 1)) == 0) {
            path.add(0, firstRoot);
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
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    /** Whether a tree head (as the API gives it) is signed by the key the API publishes, over the text the README names. */
    static boolean signed(JsonObject head, JsonObject key) {
        String text = "intermarket tree head v1\n" + head.getJsonNumber("treeSize").longValue() + "\n"
                + head.getJsonNumber("timestampMillis").longValue() + "\n" + head.getString("rootHash");
        try {
            PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.getString("publicKeyInfo"))));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return text.equals(head.getString("signedText")) && verifier.verify(Base64.getDecoder().decode(head.getString("signature")));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] root(JsonObject head) {
        return HEX.parseHex(head.getString("rootHash"));
    }

    /** Every committed entry placed now, rather than at the sequencer's next second. */
    static void sequence() {
        Api.Reply placed = Api.demo("admin").post("/api/v1/admin/jobs/sequence-log", null);
        if (placed.status() != 200) {
            throw new IllegalStateException("sequencing failed: " + placed);
        }
    }
}
