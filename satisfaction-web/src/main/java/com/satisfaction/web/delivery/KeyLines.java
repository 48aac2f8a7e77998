package com.satisfaction.web.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The first line of each row key seen in a file, to report "the same lot as line 12" without keeping the rows: a key
 * is held as 64 bits of its SHA-256 with its line, 12 bytes in two arrays (a 100,000-row file: about 3 MB at most),
 * where a map of strings would hold every lot. Two different keys sharing 64 bits of SHA-256 is not a practical
 * concern at a few hundred thousand rows (odds about 1 in 10^9 for 200,000 keys).
 */
final class KeyLines {

    private final MessageDigest sha256;
    private long[] keys = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    KeyLines() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Records {@code line} as the first line of {@code key} unless an earlier line has it; returns that earlier line,
     * or 0. The same line seen again (a batch read a second time) is not an earlier line.
     */
    int firstLineOf(String key, int line) {
        long hash = hash(key);
        int slot = slot(hash);
        while (lines[slot] != 0) {
            if (keys[slot] == hash) {
                return lines[slot] == line ? 0 : lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = hash;
        lines[slot] = line;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private long hash(String key) {
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        long hash = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            hash = (hash << 8) | (digest[i] & 0xFF);
        }
        return hash;
    }

    private int slot(long hash) {
        return (int) (hash ^ (hash >>> 32)) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldLines.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldLines[i] != 0) {
                int slot = slot(oldKeys[i]);
                while (lines[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
