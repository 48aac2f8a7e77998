package com.satisfaction.web.campaign;

/** Which customers' contacts a campaign invites: all active ones, those of a region or key accounts, or hand-picked. */
enum Selection {
    ALL, FILTER, PICK
}
