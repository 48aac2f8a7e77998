/**
 * User accounts of the application (quality managers, executives, administrators), their roles
 * and the state that guards logging in (disabled flag, failed-login lock).
 */
package com.satisfaction.persistence.user;
