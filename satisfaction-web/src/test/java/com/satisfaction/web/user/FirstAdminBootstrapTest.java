package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresApplicationTest
class FirstAdminBootstrapTest {

    @Autowired
    FirstAdminBootstrap bootstrap;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_first_start_creates_the_admin_with_the_configured_password() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(encoder.matches(com.satisfaction.web.PostgresApplicationTest.ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void a_later_start_creates_no_second_admin() {
        long before = users.count();

        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findAll()).filteredOn(u -> u.getUsername().equals("admin")).hasSize(1);
    }
}
