// Checks the market's audit log with nothing but the Java platform (17 or later):
//   java VerifyLog.java http://localhost:8080 [position]
// 1. the latest signed tree head carries a valid Ed25519 signature of the log's published key;
// 2. the entry at the position (default 0) is in that tree (RFC 9162 §2.1.3.2);
// 3. every older head you kept is a prefix of it: pass its size and root as "size:root" arguments after the position.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class VerifyLog {

    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0] + "/api/v1";
        long position = args.length > 1 ? Long.parseLong(args[1]) : 0;
        String head = get("/log/heads/latest");
        String key = get("/log/key");
        long size = Long.parseLong(field(head, "treeSize"));
        byte[] root = HexFormat.of().parseHex(field(head, "rootHash"));
        String signed = "intermarket tree head v1\n" + size + "\n" + field(head, "timestampMillis") + "\n" + field(head, "rootHash");
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(field(key, "publicKeyInfo")))));
        ed25519.update(signed.getBytes("UTF-8"));
        boolean ok = check("tree head of " + size + " entries signed by key " + field(key, "keyId"),
                ed25519.verify(Base64.getDecoder().decode(field(head, "signature"))));

        String proof = get("/log/proofs/inclusion?index=" + position + "&treeSize=" + size);
        long fn = position, sn = size - 1;
        byte[] r = HexFormat.of().parseHex(field(proof, "leafHash"));
        for (byte[] p : hashes(proof, "auditPath")) {
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            } else {
                r = node(r, p);
            }
            fn >>= 1; sn >>= 1;
        }
        ok &= check("entry " + position + " is in it", sn == 0 && Arrays.equals(r, root));

        for (int i = 2; i < args.length; i++) {
            long first = Long.parseLong(args[i].split(":")[0]);
            byte[] firstRoot = HexFormat.of().parseHex(args[i].split(":")[1]);
            List<byte[]> path = hashes(get("/log/proofs/consistency?first=" + first + "&second=" + size), "proof");
            if (first == size) {
                ok &= check("the tree of " + first + " is the latest one", path.isEmpty() && Arrays.equals(firstRoot, root));
                continue;
            }
            if (Long.bitCount(first) == 1) path.add(0, firstRoot);
            long f = first - 1, s = size - 1;
            while ((f & 1) == 1) { f >>= 1; s >>= 1; }
            byte[] fr = path.get(0), sr = path.get(0);
            for (byte[] c : path.subList(1, path.size())) {
                if ((f & 1) == 1 || f == s) {
                    fr = node(c, fr); sr = node(c, sr);
                    while ((f & 1) == 0 && f != 0) { f >>= 1; s >>= 1; }
                } else {
                    sr = node(sr, c);
                }
                f >>= 1; s >>= 1;
            }
            ok &= check("the tree of " + first + " is a prefix of it", s == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, root));
        }
        System.exit(ok ? 0 : 1);
    }

    static byte[] node(byte[] left, byte[] right) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 1);
        sha256.update(left);
        return sha256.digest(right);
    }

    static boolean check(String what, boolean ok) {
        System.out.println((ok ? "verified: " : "FAILED: ") + what);
        return ok;
    }

    static String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A top-level string or number of a flat JSON object (the standard library has no JSON parser). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) throw new IllegalStateException(name + " not in " + json);
        return m.group(1);
    }

    static List<byte[]> hashes(String json, String name) {
        Matcher list = Pattern.compile("\"" + name + "\":\\[([^\\]]*)]").matcher(json);
        List<byte[]> hashes = new ArrayList<>();
        if (list.find()) {
            Matcher hash = Pattern.compile("[0-9a-f]{64}").matcher(list.group(1));
            while (hash.find()) hashes.add(HexFormat.of().parseHex(hash.group()));
        }
        return hashes;
    }
}
