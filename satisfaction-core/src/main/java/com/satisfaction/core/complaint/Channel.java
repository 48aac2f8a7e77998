package com.satisfaction.core.complaint;

/** How a complaint reached the company: by phone, e-mail, a visit, a survey answer or otherwise. */
public enum Channel {
    PHONE, EMAIL, VISIT, SURVEY, OTHER
}
