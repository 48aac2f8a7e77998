package com.satisfaction.web.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A bean that exists only when the demo is switched on ({@code satisfaction.demo=true}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "satisfaction.demo", havingValue = "true")
@interface DemoOnly {
}
