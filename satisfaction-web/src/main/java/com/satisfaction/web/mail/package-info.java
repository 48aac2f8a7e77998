/**
 * Mail: the outbox that queues every mail in bulk, the worker that sends it once (SKIP LOCKED claims, retries with
 * back-off), the outbox page for a product without a mail server, and the administrator's mail settings page.
 */
package com.satisfaction.web.mail;
