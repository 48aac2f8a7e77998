package com.satisfaction.core.complaint;

/** What a complaint is about (SPEC §5). */
public enum Category {
    QUALITY, DELIVERY, PACKAGING, SERVICE, PRICE, OTHER
}
