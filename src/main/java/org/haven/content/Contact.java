package org.haven.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** A way to reach the partnership or a service, from {@code site.yaml}. */
public record Contact(String id, String name, Audience audience, String phone, String hours, String url, String email) {

    public String phoneHref() {
        return PhoneNumbers.telHref(phone);
    }

    public boolean isForPublic() {
        return audience != Audience.PROFESSIONAL;
    }

    public boolean isForProfessionals() {
        return audience != Audience.PUBLIC;
    }

    /** The AsciiDoc attributes {@code contact-ID-FIELD} this contact gives to every page. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "name", name);
        put(attributes, "for", audience.word());
        put(attributes, "phone", phone);
        put(attributes, "hours", hours);
        put(attributes, "url", url);
        put(attributes, "email", email);
        return attributes;
    }

    private void put(Map<String, String> attributes, String field, String value) {
        if (value != null) attributes.put("contact-" + id + "-" + field, value);
    }
}
