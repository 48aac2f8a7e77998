/**
 * Logging in and user accounts: the first-start admin, the failed-login lock, forced password change
 * and the administrator's user pages.
 */
package com.satisfaction.web.user;
