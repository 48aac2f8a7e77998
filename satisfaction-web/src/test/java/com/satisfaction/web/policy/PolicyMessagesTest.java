package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyKey;
import com.satisfaction.core.scoring.PolicyProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the policy pages look up by name (MessagesTest sees only names written out in templates): a label for
 * every value of the policy, a message for every problem, a form field for every value.
 */
class PolicyMessagesTest {

    @Test
    void every_value_has_a_label_and_every_problem_a_message_in_both_languages() throws IOException {
        for (String bundle : new String[] {"i18n/policy.properties", "i18n/policy_en.properties"}) {
            Properties texts = load(bundle);
            for (PolicyKey key : PolicyKey.values()) {
                assertThat(texts.getProperty("policy.key." + key.key())).as(bundle + " " + key).isNotBlank();
                assertThat(texts.getProperty("policy.field." + PolicyForm.field(key))).as(bundle + " " + key).isNotBlank();
            }
            for (PolicyProblem.Kind kind : PolicyProblem.Kind.values()) {
                assertThat(texts.getProperty("policy.problem." + kind)).as(bundle + " " + kind).isNotBlank();
            }
        }
    }

    @Test
    void every_value_has_its_own_form_field() {
        assertThat(java.util.Arrays.stream(PolicyKey.values()).map(PolicyForm::field).distinct())
                .hasSize(PolicyKey.values().length);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PolicyMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
