/**
 * Closing a half-year (SPEC §4.6–4.8): the period's lifecycle (open, closed, re-opened), the gate a close must pass
 * (response-rate target and key accounts, or a waiver), the reasons a response may be excluded from scoring, and the
 * canonical text and SHA-256 digest of a closed period's snapshot.
 */
package com.satisfaction.core.closing;
