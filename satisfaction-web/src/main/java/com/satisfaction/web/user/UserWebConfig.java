package com.satisfaction.web.user;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
@EnableConfigurationProperties(LoginProperties.class)
class UserWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeRequired())
                .addPathPatterns("/**")
                .excludePathPatterns(PasswordChangeRequired.CHANGE_PASSWORD_PATH, "/logout", "/login", "/error",
                        "/s/**", "/css/**", "/js/**", "/images/**", "/favicon.ico");
    }
}
