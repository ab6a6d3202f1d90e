package org.intermarket.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page can show has a Chinese and an English entry: the keys of the two bundles, every failure code the
 * services throw, every event a need's timeline shows, and every fact a stored text carries. The codes are read
 * from the sources of the other modules, so a new code without a text fails here, not in front of a user.
 */
class BundlesTest {

    private static final List<Path> SOURCES = List.of(Path.of("../ejb/src/main/java"), Path.of("../persistence/src/main/java"));

    /** {@code new ConflictException("procurement.not-draft", …)} and its siblings; a field error is named by its field instead. */
    private static final Pattern FAILURE = Pattern.compile("new (?!InvalidInput)\\w+Exception\\(\"([a-z]+(?:\\.[a-z-]+)+)\"");

    /**
     * An entity's state check, whose helper makes the exception: {@code require(ContractStatus.DELIVERED, "delivery.not-delivered", …)}.
     * Three such codes had no text until this was scanned too.
     */
    private static final Pattern STATE_FAILURE = Pattern.compile("require\\(\\w+\\.\\w+, \"([a-z]+(?:\\.[a-z-]+)+)\"");

    /** {@code InvalidInputException.because("reason", "reason-required", …)}. */
    private static final Pattern FIELD_FAILURE = Pattern.compile("because\\(\"\\w+\", \"([a-z-]+)\"");

    /** An audit entry about a need, which its public timeline shows: {@code record("NEED_PUBLISHED", "Need", …)}. */
    private static final Pattern NEED_EVENT = Pattern.compile("\"([A-Z_]+)\", \"Need\"");

    private static final Pattern STORED_TEXT = Pattern.compile("StoredText\\.(facts|of)\\(");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    private static final Pattern LITERAL = Pattern.compile("\"(\\w+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    /** A key given twice silently keeps its last text, and a page that meant the first shows the wrong one. */
    @Test
    void noKeyIsGivenTwice() {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            List<String> twice = new ArrayList<>();
            load(new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            }, file);
            assertEquals(List.of(), twice, file);
        }
    }

    @Test
    void everyFailureCodeHasAText() {
        Set<String> codes = matches(FAILURE);
        matches(FIELD_FAILURE).forEach(codes::add);
        Set<String> stateFailures = matches(STATE_FAILURE);
        assertTrue(stateFailures.contains("delivery.not-delivered"), "the scan found the entities' state checks: " + stateFailures);
        codes.addAll(stateFailures);
        assertFalse(codes.isEmpty(), "the scan found the services' failures");
        assertAllIn("error.", codes);
    }

    @Test
    void everyEventOfANeedHasAName() {
        Set<String> events = matches(NEED_EVENT);
        assertTrue(events.contains("NEED_PUBLISHED"), "the scan found the timeline's events: " + events);
        assertAllIn("timeline.", events);
    }

    @Test
    void everyFactOfAStoredTextHasALabel() {
        Set<String> facts = new TreeSet<>();
        sources().forEach(source -> facts.addAll(factNames(source)));
        assertTrue(facts.containsAll(Set.of("ceiling", "deadline", "reason", "offerSha256")), "the scan found the facts: " + facts);
        assertAllIn("fact.", facts);
    }

    @Test
    void everyKindOfStoredTextHasAName() {
        Set<String> codes = new TreeSet<>();
        sources().forEach(source -> codes.addAll(codeNames(source)));
        assertTrue(codes.containsAll(Set.of("ownerRating", "defaultRating", "tooFewBids", "ageing")), "the scan found the kinds: " + codes);
        assertAllIn("text.", codes);
    }

    /**
     * A message of the inbox fills the same parameters in both languages, those about a need its project and item
     * ({0}) included: a message that dropped one would keep a fact from half its readers.
     */
    @Test
    void everyMessageOfTheInboxTakesTheSameParametersInBothLanguages() {
        Properties chinese = properties("messages.properties");
        Properties english = properties("messages_en.properties");
        Set<String> messages = new TreeSet<>(chinese.stringPropertyNames());
        messages.removeIf(key -> !key.startsWith("inbox.") || !chinese.getProperty(key).contains("{"));
        assertTrue(messages.containsAll(Set.of("inbox.need", "inbox.BID_WON", "inbox.byNumber.signed")), "the scan found the messages: " + messages);
        for (String key : messages) {
            assertEquals(placeholders(chinese.getProperty(key)), placeholders(english.getProperty(key)), key);
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    /** The kinds of every {@code StoredText.of(…)} in a source: the string literals of its first argument (a choice of two counts both). */
    static Set<String> codeNames(String source) {
        Set<String> codes = new TreeSet<>();
        Matcher call = STORED_TEXT.matcher(source);
        while (call.find()) {
            if ("of".equals(call.group(1))) {
                Matcher literal = LITERAL.matcher(arguments(source, call.end()).get(0));
                while (literal.find()) {
                    codes.add(literal.group(1));
                }
            }
        }
        return codes;
    }

    /** The names of the facts of every stored text made in a source: the string literals in the even places of the call. */
    static Set<String> factNames(String source) {
        Set<String> names = new TreeSet<>();
        Matcher call = STORED_TEXT.matcher(source);
        while (call.find()) {
            List<String> arguments = arguments(source, call.end());
            for (int i = "of".equals(call.group(1)) ? 1 : 0; i < arguments.size(); i += 2) {
                String name = arguments.get(i);
                if (name.matches("\"\\w+\"")) {
                    names.add(name.substring(1, name.length() - 1));
                }
            }
        }
        return names;
    }

    /** The top-level arguments of a call whose parenthesis opened just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        boolean quoted = false;
        for (int i = from; depth > 0 && i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            }
            if (depth == 0 || (!quoted && depth == 1 && c == ',')) {
                arguments.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return arguments;
    }

    private static void assertAllIn(String prefix, Set<String> names) {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Set<String> missing = new TreeSet<>(names);
            missing.removeIf(name -> keys(bundle).contains(prefix + name));
            assertEquals(Set.of(), missing, "without " + prefix + "… in " + bundle);
        }
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        sources().forEach(source -> {
            Matcher m = pattern.matcher(source);
            while (m.find()) {
                found.add(m.group(1));
            }
        });
        return found;
    }

    private static Stream<String> sources() {
        return SOURCES.stream().flatMap(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static TreeSet<String> keys(String file) {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    private static Properties properties(String file) {
        return load(new Properties(), file);
    }

    private static Properties load(Properties properties, String file) {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/intermarket/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
