package com.satisfaction.core.campaign;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTest {

    @Test
    void known_placeholders_are_filled_and_others_stay() {
        String filled = MailText.fill("Dear {contact} of {company}: {link} by {deadline} {other} $1 \\",
                Map.of("contact", "Li Lei", "company", "ACME $", "link", "https://x/s/abc", "deadline", "2026-06-30"));

        assertThat(filled).isEqualTo("Dear Li Lei of ACME $: https://x/s/abc by 2026-06-30 {other} $1 \\");
    }

    @Test
    void a_missing_value_leaves_nothing() {
        assertThat(MailText.fill("{contact}, hello", Map.of())).isEqualTo(", hello");
    }

    @Test
    void a_text_may_or_may_not_name_the_link() {
        assertThat(MailText.mentionsLink("open {link}")).isTrue();
        assertThat(MailText.mentionsLink("open it")).isFalse();
    }
}
