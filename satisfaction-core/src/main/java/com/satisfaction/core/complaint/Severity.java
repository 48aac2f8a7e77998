package com.satisfaction.core.complaint;

/** How serious a complaint is; each severity has its own response and resolution targets. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
