package org.intermarket.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/intermarket/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
