package org.intermarket.opendata.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.intermarket.opendata.Ocds;

/**
 * An OCDS 1.1 release package: one page of the feed. {@code links} (the next page) is not in the
 * core package schema, which allows extra fields; it is left out on the last page.
 */
@JsonbPropertyOrder({"uri", "version", "publishedDate", "publisher", "license", "publicationPolicy", "extensions", "links", "releases"})
public record ReleasePackage(String uri, String version, String publishedDate, Publisher publisher, String license, String publicationPolicy,
                             List<String> extensions, Links links, List<Ocds.Release> releases) {

    @JsonbPropertyOrder({"name", "scheme", "uid", "uri"})
    public record Publisher(String name, String scheme, String uid, String uri) {
    }

    public record Links(String next) {
    }
}
