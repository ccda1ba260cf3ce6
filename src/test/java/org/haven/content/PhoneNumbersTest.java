package org.haven.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UK numbers as people write them become tel: links a phone can dial. */
class PhoneNumbersTest {
    @Test
    void acceptsTheNumbersPartnershipsPublish() {
        for (String number : new String[]{"999", "101", "111", "116 123", "0161 217 6028", "0800 1111", "0808 800 5000", "+44 161 217 6028", "(0161) 217-6028"}) {
            assertTrue(PhoneNumbers.isUkNumber(number), number);
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String number : new String[]{"call us", "0161 217 6028 ext", "12", "0161 217 6028 0161 217 6028"}) {
            assertFalse(PhoneNumbers.isUkNumber(number), number);
        }
    }

    @Test
    void dialsInTheInternationalForm() {
        assertEquals("tel:+441612176028", PhoneNumbers.telHref("0161 217 6028"));
        assertEquals("tel:+448001111", PhoneNumbers.telHref("0800 1111"));
        assertEquals("tel:999", PhoneNumbers.telHref("999"));
    }
}
