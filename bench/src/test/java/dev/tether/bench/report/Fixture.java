package dev.tether.bench.report;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed report fixture: real JMH JSON of a quick run, a hand-made cascade, memory CSVs. */
final class Fixture {
    private Fixture() { }

    static Path dir() {
        try {
            return Path.of(Fixture.class.getResource("fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return dir().resolve(name);
    }
}
