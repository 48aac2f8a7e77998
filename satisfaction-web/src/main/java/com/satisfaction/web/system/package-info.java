/**
 * What every page shares: security rules, language switching, the layout's model and error pages.
 */
package com.satisfaction.web.system;
