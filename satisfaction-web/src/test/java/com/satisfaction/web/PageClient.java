package com.satisfaction.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Uses the pages as a person does, through MockMvc: opens a page, follows its links, submits its forms
 * with the values they hold, and follows a redirect with its flash message, so that a test asserts the
 * page the user ends on rather than a status code.
 */
public final class PageClient {

    private final MockMvc mvc;
    private final RequestPostProcessor user;
    private final String language;

    public PageClient(MockMvc mvc, RequestPostProcessor user, String language) {
        this.mvc = mvc;
        this.user = user;
        this.language = language;
    }

    /** The page at {@code url}, which must answer 200. */
    public Document open(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user).param("lang", language)).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s", url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(), url);
    }

    /** Follows the one link matching {@code selector} on {@code page}. */
    public Document click(Document page, String selector) throws Exception {
        Element link = page.selectFirst(selector);
        assertThat(link).as("link %s on %s", selector, page.location()).isNotNull();
        return open(link.attr("href"));
    }

    /** Submits {@code form} with the values it holds, as its submit button does. */
    public MvcResult submit(Element form) throws Exception {
        assertThat(form).as("form").isInstanceOf(FormElement.class);
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(user).with(csrf());
        for (var field : ((FormElement) form).formData()) {
            if (!field.key().equals("_csrf")) {
                request.param(field.key(), field.value());
            }
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * The page a redirect leads to, with the flash message the redirect carries: it waits in the session
     * (kept in the database by Spring Session), which the redirect's session cookie names.
     */
    public Document follow(MvcResult redirect) throws Exception {
        String location = redirect.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect").isNotNull();
        MockHttpServletRequestBuilder request = get(location).with(user).param("lang", language);
        if (redirect.getResponse().getCookies().length > 0) {
            request.cookie(redirect.getResponse().getCookies());
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s", location).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(), location);
    }
}
