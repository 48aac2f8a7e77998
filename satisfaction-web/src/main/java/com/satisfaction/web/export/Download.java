package com.satisfaction.web.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Starts an export's download: its type, and a Content-Disposition naming the file twice, as RFC 6266 asks: an ASCII
 * {@code filename} for old clients (every other character as {@code _}) and the real name, Chinese included, as an RFC
 * 5987 {@code filename*} in UTF-8, which browsers prefer.
 */
final class Download {

    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NOT_ASCII_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private Download() {
    }

    /** The response's stream after the download's headers are set; nothing is written yet. */
    static OutputStream start(HttpServletResponse response, String fileName, ExportFormat format) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName + "." + format.extension()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }

    /** A part of a file name: blanks as {@code -}, characters no file system takes left out. */
    static String part(String text) {
        return BLANKS.matcher(NOT_IN_FILE_NAMES.matcher(text.strip()).replaceAll("")).replaceAll("-");
    }

    static String contentDisposition(String fileName) {
        String ascii = NOT_ASCII_NAME.matcher(fileName).replaceAll("_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
