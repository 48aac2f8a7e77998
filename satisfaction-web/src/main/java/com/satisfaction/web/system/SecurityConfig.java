package com.satisfaction.web.system;

import com.satisfaction.web.user.LoginFailureHandler;
import com.satisfaction.web.user.LoginSuccessHandler;
import com.satisfaction.web.user.LoginThrottleFilter;
import com.satisfaction.web.user.LoginThrottling;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, in three chains. Assets: public and cacheable. Personal survey links: public and
 * stateless — the token in the URL is the customer's credential, so there is no session to lose and no
 * CSRF token to expire (a forged cross-site post would need the token, and whoever has the token can
 * answer directly). Everything else needs a login; administration is ADMIN only; an EXECUTIVE reads
 * (GET) but never changes anything.
 */
@Configuration
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    static final String[] ASSETS = {"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain assets(HttpSecurity http) throws Exception {
        http.securityMatcher(ASSETS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the resource chain sets a long Cache-Control on content-hashed URLs; keep it
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain surveyLinks(HttpSecurity http) throws Exception {
        http.securityMatcher("/s/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // reads a manager's existing session (a manager trying a link is not counted as a visit)
                // but never creates one
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(this::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain management(HttpSecurity http, LoginSuccessHandler onSuccess, LoginFailureHandler onFailure,
                                   LoginThrottling throttling) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/account/**", "/logout").authenticated()
                        // the outbox shows personal links: for those who send them, never for the read-only EXECUTIVE
                        .requestMatchers("/mail/**").hasAnyRole("ADMIN", "QUALITY_MANAGER")
                        // the scoring policy: everyone signed in reads it; its form and every change are ADMIN only
                        .requestMatchers("/policy/edit", "/policy/edit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/policy", "/policy/**").hasRole("ADMIN")
                        // pages that exist only to change something (forms, confirmations): not for the read-only EXECUTIVE
                        .requestMatchers(HttpMethod.GET, "/surveys/new", "/surveys/*/links/*/entry",
                                "/surveys/*/publish", "/surveys/*/archive", "/surveys/*/delete",
                                "/surveys/*/sections/*/delete", "/surveys/*/questions/*/delete",
                                "/campaigns/new",
                                "/customers/new", "/customers/*/edit", "/customers/*/contacts/**",
                                "/customers/import", "/customers/import/**",
                                "/records/*/new", "/records/*/*/edit", "/records/*/*/delete",
                                "/complaints/new", "/complaints/*/edit", "/complaints/*/delete",
                                "/actions/new", "/actions/*/edit", "/actions/*/delete",
                                "/deliveries/new", "/deliveries/*/*/edit", "/deliveries/*/*/delete",
                                "/deliveries/import", "/deliveries/import/**")
                                .hasAnyRole("ADMIN", "QUALITY_MANAGER")
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .anyRequest().hasAnyRole("ADMIN", "QUALITY_MANAGER"))
                .addFilterBefore(new LoginThrottleFilter(throttling), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(onSuccess)
                        .failureHandler(onFailure)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(this::securityHeaders);
        return http.build();
    }

    /** HSTS is sent on HTTPS requests only, which behind a TLS proxy needs the forwarded headers honoured. */
    private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(Customizer.withDefaults());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
