package com.satisfaction.web.system;

/** One field of a form as a request sends it; a field may be sent several times. */
record FormField(String name, String value) {
}
