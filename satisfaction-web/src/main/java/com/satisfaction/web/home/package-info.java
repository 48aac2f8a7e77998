/**
 * The login page and each role's home page: what the logged-in user can do, as working links.
 */
package com.satisfaction.web.home;
