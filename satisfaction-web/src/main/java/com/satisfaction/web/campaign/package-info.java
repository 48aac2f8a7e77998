/**
 * Campaigns: sending a published survey for a period to chosen contacts with personal links, invitations and
 * reminders through the mail outbox, and the campaign page with its figures, coverage and recipients.
 */
package com.satisfaction.web.campaign;
