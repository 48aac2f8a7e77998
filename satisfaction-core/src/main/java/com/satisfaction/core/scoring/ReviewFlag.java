package com.satisfaction.core.scoring;

/** A review the FM40 statistics rules call for (SPEC §4.6); each may become an improvement action. */
public enum ReviewFlag {

    /** The survey part is below the policy's review threshold (45): 检讨调查表项目, review the survey items. */
    REVIEW_SURVEY_ITEMS,
    /** A deduction in product returns, lost business, praise or claims: 总经理召开会议检讨, management review meeting. */
    MANAGEMENT_REVIEW_MEETING
}
