package com.satisfaction.persistence.campaign;

/** A campaign is prepared as a DRAFT, OPEN while links may be answered, CLOSED afterwards. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
