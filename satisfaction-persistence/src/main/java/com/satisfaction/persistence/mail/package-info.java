/**
 * The mail outbox: every mail the application sends is a row first (queued in bulk), claimed by one worker with
 * FOR UPDATE SKIP LOCKED, then marked sent or failed with its attempts.
 */
package com.satisfaction.persistence.mail;
