package org.haven.listings;

import java.net.URI;
import java.net.URISyntaxException;

/** A page's full web address as sitemaps and feeds need it: the site's address and the path, escaped (é as %C3%A9). */
final class WebAddress {
    private WebAddress() {}

    static String of(String baseUrl, String path) {
        try {
            return baseUrl + new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }
}
