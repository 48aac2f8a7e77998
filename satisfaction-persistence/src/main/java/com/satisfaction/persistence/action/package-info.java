/**
 * Improvement actions (整改措施, SPEC §5): the action with its linked source and lifecycle, the history of its status
 * changes ({@code action_event}), and the queries of its list, the home page and the pages it is linked from.
 */
package com.satisfaction.persistence.action;
