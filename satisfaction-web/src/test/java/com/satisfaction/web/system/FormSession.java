package com.satisfaction.web.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A logged-in user's browser without a browser: cookies, the session's CSRF token, no redirects followed. */
final class FormSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Pattern csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String baseUrl;
    private String csrf;

    FormSession(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        csrf = csrfOf(get("/login"));
        HttpResponse<String> login = post("/login", List.of(new FormField("username", username),
                new FormField("password", password)));
        assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", username).doesNotContain("error");
        csrf = csrfOf(get("/"));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A GET of a form with {@code method="get"}: its fields in the query string. */
    HttpResponse<String> get(String path, List<FormField> params) {
        return get(path + params.stream().map(param -> encode(param.name()) + "=" + encode(param.value()))
                .collect(Collectors.joining("&", "?", "")));
    }

    HttpResponse<String> post(String path, List<FormField> params) {
        List<FormField> all = new ArrayList<>(params);
        all.add(new FormField("_csrf", csrf));
        String body = all.stream().map(param -> encode(param.name()) + "=" + encode(param.value()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String csrfOf(HttpResponse<String> page) {
        Matcher matcher = csrfField.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept", "text/html").header("Accept-Language", "zh-CN")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
