package com.satisfaction.core.record;

/** How a customer praised (顾客赞扬): in writing (a letter, an e-mail, an award) or by word of mouth. */
public enum PraiseType {
    WRITTEN, SPOKEN
}
