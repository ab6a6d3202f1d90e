package org.intermarket.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.intermarket.shared.Sha256;

/**
 * The log's Ed25519 key, kept in a file outside the database ({@code -Dintermarket.log.key}, by default
 * {@code intermarket-log-key.pem} in the server's data directory): whoever can change the database still cannot sign
 * a tree head. Generated on first start when the file does not exist, readable by its owner only; every node of a
 * cluster reads the same file. Its id is the SHA-256 of the public key's X.509 encoding.
 */
@ApplicationScoped
public class LogKey {

    public static final String PATH_PROPERTY = "intermarket.log.key";
    private static final Logger LOG = Logger.getLogger(LogKey.class.getName());
    private static final String ALGORITHM = "Ed25519";

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String id;

    @PostConstruct
    void load() {
        Path file = Path.of(System.getProperty(PATH_PROPERTY,
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/intermarket-log-key.pem"));
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the log key " + file + " cannot be read or made", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the log key " + file + " is not an Ed25519 key pair", e);
        }
        id = Sha256.hex(publicKey.getEncoded());
        LOG.info(() -> "Transparency log key " + id + " from " + file);
    }

    public String sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public boolean verify(byte[] message, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String id() {
        return id;
    }

    /**
     * A secret for another purpose, derived from the private key (HMAC-SHA256 keyed with it, over the purpose's name):
     * every node of a cluster reads the same key file and so derives the same secret, nothing more has to be kept, and
     * the secret tells nothing about the key nor about the secret of another purpose.
     */
    public byte[] derivedSecret(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(privateKey.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing", e);
        }
    }

    /** The public key as X.509 SubjectPublicKeyInfo (DER), what Web Crypto imports as "spki". */
    public byte[] publicKeyInfo() {
        return publicKey.getEncoded();
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "log-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own defaults
        }
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        try {
            // without REPLACE_EXISTING: a node that started at the same moment and wrote its key first wins
            Files.move(temporary, file);
            LOG.warning(() -> "Generated a new transparency log key in " + file + ": keep it, and its copy, safe");
        } catch (FileAlreadyExistsException otherNode) {
            Files.deleteIfExists(temporary);
        }
    }

    private void read(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
        privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY")));
        publicKey = keys.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY")));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] block(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END " + type + "-----");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no " + type + " in the key file");
        }
        return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
    }
}
