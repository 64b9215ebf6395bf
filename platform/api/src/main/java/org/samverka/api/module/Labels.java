package org.samverka.api.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A plugin's labels, one resource file per language: {@code labels/<name>_en.properties},
 * {@code labels/<name>_sv.properties}, {@code labels/<name>_nb.properties} and any other
 * language the plugin ships ({@code labels/<name>_se.properties} for Northern Sámi). Files are
 * UTF-8. Every key of the English file must be in the Swedish and Norwegian ones; another
 * language may leave keys out, and English is used for them.
 *
 * <pre>{@code
 * private static final Labels LABELS = Labels.of(NotesModule.class, "notes");
 * public LocalizedText name() { return LABELS.text("module.name"); }
 * }</pre>
 */
public final class Labels {

    private static final String FOLDER = "labels";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})\\}");
    private static final Pattern FILE = Pattern.compile("(.+)_([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.properties");

    private final String name;
    private final Map<String, Properties> byLanguage;

    private Labels(String name, Map<String, Properties> byLanguage) {
        this.name = name;
        this.byLanguage = byLanguage;
        for (String language : LocalizedText.REQUIRED) {
            if (!byLanguage.containsKey(language)) {
                throw new IllegalStateException("labels/" + name + "_" + language + ".properties is missing");
            }
        }
        for (String key : byLanguage.get("en").stringPropertyNames()) {
            for (String language : LocalizedText.REQUIRED) {
                if (byLanguage.get(language).getProperty(key) == null) {
                    throw new IllegalStateException("labels/" + name + "_" + language + ".properties has no '" + key + "'");
                }
            }
        }
    }

    /**
     * The labels of the bundle (or, outside OSGi, the class path) that holds {@code anchor}.
     *
     * @throws IllegalStateException when a required language's file or key is missing
     */
    public static Labels of(Class<?> anchor, String name) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        Map<String, URL> files = bundle != null ? inBundle(bundle, name) : onClassPath(anchor.getClassLoader(), name);
        Map<String, Properties> byLanguage = new TreeMap<>();
        files.forEach((language, url) -> byLanguage.put(language, read(url)));
        return new Labels(name, byLanguage);
    }

    /** The label in every language that has it. */
    public LocalizedText text(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, labels) -> {
            String text = labels.getProperty(key);
            if (text != null) {
                texts.put(language, text);
            }
        });
        if (!texts.containsKey("en")) {
            throw new IllegalArgumentException("labels/" + name + " have no '" + key + "'");
        }
        return LocalizedText.of(texts);
    }

    /**
     * The label with {@code {0}}, {@code {1}}… replaced by the arguments, in every language that
     * has it. An argument that is itself a {@link LocalizedText} goes in in the label's language
     * (a phase name inside a sentence); any other argument goes in as it is. Nothing else in the
     * label is special: an apostrophe is an apostrophe.
     */
    public LocalizedText format(String key, Object... arguments) {
        Map<String, String> texts = new LinkedHashMap<>();
        text(key).forEach((language, pattern) -> {
            // One pass over the pattern, so that an argument holding "{1}" stays as it is.
            Matcher placeholder = PLACEHOLDER.matcher(pattern);
            StringBuilder text = new StringBuilder();
            while (placeholder.find()) {
                int index = Integer.parseInt(placeholder.group(1));
                String value = index >= arguments.length ? placeholder.group()
                        : arguments[index] instanceof LocalizedText localized ? localized.in(Locale.forLanguageTag(language))
                        : String.valueOf(arguments[index]);
                placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
            }
            placeholder.appendTail(text);
            texts.put(language, text.toString());
        });
        return LocalizedText.of(texts);
    }

    /** The languages there are files for. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The first of the wanted languages there is a file for, else {@code en}: one language for a whole document. */
    public String languageFor(List<Locale> wanted) {
        return LocalizedText.firstOffered(byLanguage.keySet(), wanted);
    }

    /** The label in one language, English where that language leaves it out. */
    public String text(String key, String language) {
        return text(key).in(Locale.forLanguageTag(language));
    }

    private static Map<String, URL> inBundle(Bundle bundle, String name) {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, name + "_*.properties", false);
        Map<String, URL> files = new TreeMap<>();
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = entry.getPath();
            languageOf(path.substring(path.lastIndexOf('/') + 1), name).ifPresent(language -> files.put(language, entry));
        }
        return files;
    }

    /**
     * Outside OSGi (a plugin's unit tests, a build tool reading its classes) the labels are files
     * in the class path's directories; every {@code labels} directory is looked at, since a tool's
     * own class path may hold other ones first. The first file of a language wins.
     */
    private static Map<String, URL> onClassPath(ClassLoader loader, String name) {
        Map<String, URL> files = new TreeMap<>();
        try {
            for (URL folder : java.util.Collections.list(loader.getResources(FOLDER))) {
                if (!folder.getProtocol().equals("file")) {
                    continue;
                }
                try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                    for (Path path : paths.sorted().toList()) {
                        languageOf(path.getFileName().toString(), name).ifPresent(language -> files.putIfAbsent(language, url(path)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static java.util.Optional<String> languageOf(String fileName, String name) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() && m.group(1).equals(name) ? java.util.Optional.of(m.group(2)) : java.util.Optional.empty();
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(URL url) {
        try (InputStream in = url.openStream()) {
            Properties labels = new Properties();
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + url, e);
        }
    }
}
