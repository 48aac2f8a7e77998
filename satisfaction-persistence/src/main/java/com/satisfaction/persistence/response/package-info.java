/**
 * Personal survey links (recipients, each with its unguessable token) and the one response each link
 * accepts, with its answers and stored survey score.
 */
package com.satisfaction.persistence.response;
