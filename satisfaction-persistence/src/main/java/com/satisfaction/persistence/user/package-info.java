/**
 * User accounts of the application (quality managers, executives, administrators), their roles
 * the disabled flag, and the login throttle that counts attempts per name and client address.
 */
package com.satisfaction.persistence.user;
