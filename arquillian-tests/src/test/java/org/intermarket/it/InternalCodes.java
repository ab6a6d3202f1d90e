package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.intermarket.procurement.NeedStatus;

/**
 * What a reader must never meet on a page (issue 15): a time written as ISO-8601 (an instant, a date-time or a period)
 * instead of in market time and the page's words, and the name of a constant of one of the domain's enums
 * ({@code LOWEST_PRICE}, {@code AWAITING_CONFIRMATION}) instead of its label. The names are those of every enum the
 * persistence module holds, read by reflection, so a new status is looked for as soon as it exists.
 */
final class InternalCodes {

    /** An ISO-8601 date-time ({@code 2026-12-07T02:29}, with or without seconds and zone) or period ({@code PT72H}, {@code P3D}). */
    private static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[0-9:.]*(Z|[+-]\\d{2}:?\\d{2})?|\\bP(T\\d+(\\.\\d+)?[HMS]|\\d+[DW])\\b");

    /**
     * Names too short to tell from an abbreviation a page may show as such (the credit levels A to D): a constant is
     * looked for when it has at least four letters.
     */
    private static final int SHORTEST = 4;

    private final Pattern names;

    private InternalCodes(Set<String> constants) {
        // Whole words, in capitals only: "Open" or "open" is a word of the page, "OPEN" the constant's name.
        names = Pattern.compile("(?<![A-Za-z0-9_])(" + constants.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_])");
    }

    /** The codes of the domain's enums, read from the persistence module's classes. */
    static InternalCodes ofTheDomain() {
        Set<String> constants = new TreeSet<>();
        for (Class<?> type : enums()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.length() >= SHORTEST && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                    constants.add(name);
                }
            }
        }
        if (constants.isEmpty()) {
            throw new AssertionError("no enum constants found beside " + NeedStatus.class.getName());
        }
        return new InternalCodes(constants);
    }

    /** Every ISO-8601 time and enum name in {@code text}, each with a little of the text around it. */
    List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(ISO, names)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add("'" + matcher.group() + "' in \"" + text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                        .replaceAll("\\s+", " ").strip() + "\"");
            }
        }
        return found;
    }

    /** The enums of the persistence module: every class beside NeedStatus, in its jar or its classes folder. */
    private static List<Class<?>> enums() {
        try {
            Path home = Path.of(NeedStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> classes;
            if (Files.isDirectory(home)) {
                try (Stream<Path> files = Files.walk(home)) {
                    classes = files.map(home::relativize).map(Path::toString).toList();
                }
            } else {
                try (JarFile jar = new JarFile(home.toFile())) {
                    classes = jar.stream().map(java.util.zip.ZipEntry::getName).toList();
                }
            }
            List<Class<?>> enums = new ArrayList<>();
            for (String file : classes) {
                if (file.startsWith("org/intermarket/") && file.endsWith(".class")) {
                    Class<?> type = Class.forName(file.replace('/', '.').replaceAll("\\.class$", ""), false, NeedStatus.class.getClassLoader());
                    if (type.isEnum()) {
                        enums.add(type);
                    }
                }
            }
            return enums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
