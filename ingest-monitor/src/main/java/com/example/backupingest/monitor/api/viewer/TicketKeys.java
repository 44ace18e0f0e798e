package com.example.backupingest.monitor.api.viewer;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 keys of the viewer tickets, as configured: the portal's private key (PKCS#8) and the
 * edges' public key (X.509 SubjectPublicKeyInfo), each as PEM or as the base64 of its DER bytes on
 * one line ({@code openssl genpkey -algorithm ed25519}, see docker/make-env.sh).
 */
public final class TicketKeys {

    static final String ALGORITHM = "Ed25519";

    private TicketKeys() {
    }

    /** A fresh pair: the embedded default, where issuer and edges live in one process. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not an Ed25519 public key */
    public static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (PEM or base64 of X.509 DER)", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not an Ed25519 private key */
    public static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key (PEM or base64 of PKCS#8 DER)", e);
        }
    }

    /**
     * The pair of a private key: the JDK derives an Ed25519 public key only while generating, so the
     * generator is handed the private key's 32 bytes as its "random" seed (RFC 8032: the private key
     * is that seed).
     */
    public static KeyPair pairOf(PrivateKey privateKey) {
        if (!(privateKey instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        byte[] seed = ed.getBytes().get();
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        };
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, fixed);
            return new KeyPair(generator.generateKeyPair().getPublic(), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** One line, as the configuration takes it. */
    public static String text(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static byte[] der(String text) {
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
