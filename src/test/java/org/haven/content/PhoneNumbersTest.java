package org.haven.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UK numbers as people write them become tel: links a phone can dial. */
class PhoneNumbersTest {
    @Test
    void acceptsTheNumbersPartnershipsPublish() {
        for (String number : new String[] {
            "999",
            "101",
            "111",
            "116 123",
            "0161 217 6028",
            "0800 1111",
            "0808 800 5000",
            "+44 161 217 6028",
            "(0161) 217-6028"
        }) {
            assertTrue(PhoneNumbers.isUkNumber(number), number);
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String number : new String[] {"call us", "0161 217 6028 ext", "12", "0161 217 6028 0161 217 6028"}) {
            assertFalse(PhoneNumbers.isUkNumber(number), number);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zadzwoń teraz pod numer 999.|999",
                "Os yw plentyn mewn perygl, ffoniwch 999.|999",
                "Sunați la 112.|112",
                "Телефонуйте 999.|999",
                "اتصل الآن بالرقم 999.|999",
                "ابھی 999 پر فون کریں۔|999",
                "Hadda wac 999.|999"
            })
    void anEmergencyNumberIsOneToCallInTheLanguagesPagesAreWrittenIn(String sentence, String number) {
        assertEquals(
                List.of(number),
                PhoneNumbers.findIn(sentence).stream()
                        .map(PhoneNumbers.Found::written)
                        .toList(),
                sentence);
    }

    @Test
    void aRoomNumberInPolishIsNotOneToCall() {
        assertEquals(List.of(), PhoneNumbers.findIn("Pokój 101 jest na górze."));
    }

    @Test
    void dialsInTheInternationalForm() {
        assertEquals("tel:+441612176028", PhoneNumbers.telHref("0161 217 6028"));
        assertEquals("tel:+448001111", PhoneNumbers.telHref("0800 1111"));
        assertEquals("tel:999", PhoneNumbers.telHref("999"));
    }

    @Test
    void findsTheNumbersWrittenInRunningText() {
        String text = "Phone 999 now, Childline on 0800 1111, the hub on 0161 217 6028 or (0161) 217-6028, "
                + "Wigan on 01942 828300, a mobile 07700 900123, London 020 7946 0000, +44 161 217 6028, "
                + "+44 (0)161 217 6028, Samaritans on 116 123, or the police on 101.";
        assertEquals(
                List.of(
                        "999",
                        "0800 1111",
                        "0161 217 6028",
                        "(0161) 217-6028",
                        "01942 828300",
                        "07700 900123",
                        "020 7946 0000",
                        "+44 161 217 6028",
                        "+44 (0)161 217 6028",
                        "116 123",
                        "101"),
                PhoneNumbers.findIn(text).stream()
                        .map(PhoneNumbers.Found::written)
                        .toList());
    }

    @Test
    void leavesYearsDatesPricesAndCountsAlone() {
        String text = "The 2023-2026 plan, reviewed on 01/04/2024 and 2024-04-01, cost £0.50 or 1,999 pounds; "
                + "version 1.0101; 12 000 children; 10:00 to 16:00; reference 0123; page 0161217602812345; "
                + "Room 101, 999 referrals, Child 111 and a table cell of 112.";
        assertEquals(List.of(), PhoneNumbers.findIn(text));
    }

    @Test
    void comparesNumbersHoweverTheyAreWritten() {
        assertEquals(PhoneNumbers.digits("0161 217 6028"), PhoneNumbers.digits("+44 (0)161 217-6028"));
    }
}
