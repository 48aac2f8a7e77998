package com.satisfaction.web.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.time.Duration;

/**
 * The app's own assets and the WebJars, under content-hashed URLs cached for a year. Mapped to their folders only,
 * never to {@code /**}: every link a page renders passes through the URL encoder, which looks any URL its mappings
 * match up on the classpath — with {@code /**} that was each of a page's hundreds of links, most of the page's CPU.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {

    /** The folders under {@code static/}; a handler's path within its pattern is looked up in its own folder. */
    private static final String[] OWN = {"css", "js", "images"};
    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : OWN) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(A_YEAR).resourceChain(true).addResolver(hashed());
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR).resourceChain(true).addResolver(hashed());
    }

    /** Rewrites the asset links a page renders to their hashed URLs, error pages' too. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    private static VersionResourceResolver hashed() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
