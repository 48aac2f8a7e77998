/**
 * What every page shares: security rules, language switching, the layout's model, error pages and how
 * forms read check boxes and fixed choices.
 */
package com.satisfaction.web.system;
