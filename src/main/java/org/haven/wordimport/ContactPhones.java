package org.haven.wordimport;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.haven.content.Contact;
import org.haven.content.PhoneNumbers;

/** A contact's number typed out in the document becomes its attribute, so the page changes when the number does. */
record ContactPhones(List<Contact> contacts) {

    /**
     * The text with each known contact's number replaced by {@code {contact-ID-phone}} and the rest
     * passed through {@code written}; {@code replaced} hears each number replaced.
     */
    String replaceIn(String text, UnaryOperator<String> written, BiConsumer<String, Contact> replaced) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (PhoneNumbers.Found found : PhoneNumbers.findIn(text)) {
            Optional<Contact> contact = contactWith(found.digits());
            if (contact.isEmpty()) continue;
            out.append(written.apply(text.substring(from, found.start())))
                    .append("{contact-")
                    .append(contact.get().id())
                    .append("-phone}");
            replaced.accept(found.written(), contact.get());
            from = found.end();
        }
        return out.append(written.apply(text.substring(from))).toString();
    }

    private Optional<Contact> contactWith(String digits) {
        return contacts.stream()
                .filter(c -> c.phone() != null && PhoneNumbers.digits(c.phone()).equals(digits))
                .findFirst();
    }
}
