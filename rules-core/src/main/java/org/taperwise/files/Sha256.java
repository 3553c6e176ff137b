package org.taperwise.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 of files and of a whole ruleset. */
public final class Sha256 {
    private Sha256() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The ruleset hash: SHA-256 of one line {@code <sha256>  <path>\n} per file, sorted by path (byte order),
     * which is what {@code sha256sum FILES | LC_ALL=C sort -k2 | sha256sum} computes in the ruleset folder.
     */
    public static String ofFiles(Map<String, String> hashByPath) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(hashByPath).entrySet()) {
            sb.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        return of(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
