package com.example.backupingest.monitor.tls;

import com.example.backupingest.monitor.api.IngestCertificate;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.util.Base64;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A certificate chain and its private key as PEM, checked: the chain parses, the key parses
 * (PKCS#8, SEC1 "EC PRIVATE KEY" and PKCS#1 "RSA PRIVATE KEY", unencrypted: what certbot and acme.sh
 * write) and belongs to the leaf certificate. {@link #combined()} is the one file nginx reads.
 * {@link #toString()} never prints the key.
 */
record PemMaterial(List<X509Certificate> chain, PrivateKey key) {

    static PemMaterial parse(String certificatePem, String keyPem) {
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        for (Object object : objects(certificatePem + "\n" + keyPem)) {
            switch (object) {
                case X509CertificateHolder holder -> chain.add(certificate(holder));
                case PEMKeyPair pair -> key = privateKey(pair.getPrivateKeyInfo());
                case PrivateKeyInfo info -> key = privateKey(info);
                default -> throw new IllegalArgumentException("unexpected PEM object " + object.getClass().getSimpleName()
                        + " (an encrypted key? nginx needs it unencrypted)");
            }
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate in the certificate file");
        }
        if (key == null) {
            throw new IllegalArgumentException("no private key in the key file");
        }
        if (!belongTogether(key, chain.getFirst().getPublicKey())) {
            throw new IllegalArgumentException("the private key does not belong to the certificate");
        }
        return new PemMaterial(List.copyOf(chain), key);
    }

    /** Certificate chain first, then the key as PKCS#8 (what OpenSSL reads for every key type): one file for nginx. */
    String combined() {
        StringBuilder out = new StringBuilder();
        try {
            for (X509Certificate certificate : chain) {
                pem(out, "CERTIFICATE", certificate.getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        pem(out, "PRIVATE KEY", key.getEncoded());
        return out.toString();
    }

    private static void pem(StringBuilder out, String type, byte[] der) {
        out.append("-----BEGIN ").append(type).append("-----\n")
                .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der))
                .append("\n-----END ").append(type).append("-----\n");
    }

    IngestCertificate describe(boolean selfSigned) {
        X509Certificate leaf = chain.getFirst();
        return new IngestCertificate(fingerprint(leaf), leaf.getSubjectX500Principal().getName(),
                leaf.getNotAfter().toInstant(), selfSigned);
    }

    /** Colon-separated upper-case hex, as browsers, openssl and OBS's logs print it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }

    private static List<Object> objects(String pem) {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PEM file: " + e.getMessage(), e);
        }
        return objects;
    }

    private static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("unreadable certificate: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(PrivateKeyInfo info) {
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable private key: " + e.getMessage(), e);
        }
    }

    /** Signs a probe with the key and verifies it with the certificate's public key. */
    private static boolean belongTogether(PrivateKey key, PublicKey certified) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new IllegalArgumentException("unsupported key type " + key.getAlgorithm());
        };
        try {
            byte[] probe = "backup-ingest key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "PemMaterial[" + chain.getFirst().getSubjectX500Principal() + ", key " + key.getAlgorithm() + "]";
    }
}
