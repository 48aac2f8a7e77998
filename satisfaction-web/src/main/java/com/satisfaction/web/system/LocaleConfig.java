package com.satisfaction.web.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Chinese by default; {@code ?lang=en} or {@code ?lang=zh} switches the interface and is remembered in a
 * cookie — except on survey links, whose language is their own ({@link PageLanguage}).
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("satisfaction-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale page = PageLanguage.of(request);
                return page != null ? page : super.resolveLocale(request);
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                LocaleContext interfaceLanguage = super.resolveLocaleContext(request);
                return new TimeZoneAwareLocaleContext() {
                    @Override
                    public Locale getLocale() {
                        Locale page = PageLanguage.of(request);
                        return page != null ? page : interfaceLanguage.getLocale();
                    }

                    @Override
                    public TimeZone getTimeZone() {
                        return interfaceLanguage instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                    }
                };
            }
        };
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).excludePathPatterns("/s/**", "/surveys/*/preview");
    }
}
