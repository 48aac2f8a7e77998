/**
 * Improvement actions (整改措施, SPEC §5) without a framework: their lifecycle as a state machine returning outcomes,
 * when one is overdue, and which survey answers call for one (low answers and suggestions).
 */
package com.satisfaction.core.action;
