package org.samverka.plugin.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;

/**
 * The reference methods and templates shipped with the plugin ({@code library/*.properties} and
 * their texts in {@code labels/methods_*} and {@code labels/templates_*}). Read once; read-only.
 */
@Component(service = MethodLibrary.class)
public final class MethodLibrary implements Library {

    private static final Labels METHOD_TEXTS = Labels.of(MethodLibrary.class, "methods");
    private static final Labels TEMPLATE_TEXTS = Labels.of(MethodLibrary.class, "templates");

    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();

    public MethodLibrary() {
        Properties m = load("/library/methods.properties");
        for (String id : m.getProperty("ids").split(",")) {
            int[] minutes = range(m.getProperty(id + ".minutes"));
            int[] people = range(m.getProperty(id + ".people"));
            Map<String, List<String>> steps = new LinkedHashMap<>();
            METHOD_TEXTS.text(id + ".steps").forEach((lang, text) -> steps.put(lang, List.of(text.split("\\|"))));
            methods.put(id, new Method(id, m.getProperty(id + ".stage"), minutes[0], minutes[1], people[0], people[1],
                    Boolean.parseBoolean(m.getProperty(id + ".formatToBeConfirmed", "false")), METHOD_TEXTS.text(id + ".name"),
                    METHOD_TEXTS.text(id + ".purpose"), METHOD_TEXTS.text(id + ".materials"), steps, Method.REFERENCE, null));
        }
        Properties t = load("/library/templates.properties");
        for (String id : t.getProperty("ids").split(",")) {
            List<WorkshopInput.Day> days = new ArrayList<>();
            for (int n = 1; t.getProperty(id + ".day." + n) != null; n++) {
                days.add(day(t.getProperty(id + ".day." + n)));
            }
            templates.put(id, new Template(id, TEMPLATE_TEXTS.text(id + ".name"), TEMPLATE_TEXTS.text(id + ".description"), days,
                    Method.REFERENCE, null));
        }
    }

    @Override
    public List<Method> methods() {
        return List.copyOf(methods.values());
    }

    @Override
    public Optional<Method> method(String id) {
        return Optional.ofNullable(methods.get(id));
    }

    @Override
    public List<Template> templates() {
        return List.copyOf(templates.values());
    }

    @Override
    public Optional<Template> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /**
     * A template: a saved agenda whose days have times and blocks but no dates yet.
     *
     * @param origin {@code reference}, or the id of the region whose own template it is
     * @param version the own template's version; {@code null} for a reference template
     */
    public record Template(String id, LocalizedText name, LocalizedText description, List<WorkshopInput.Day> days, String origin,
            Long version) {
    }

    /** "09:00-17:00 check-in:15,map:90,break:60" as a day without a date. */
    static WorkshopInput.Day day(String line) {
        String[] timesAndBlocks = line.strip().split(" ", 2);
        String[] times = timesAndBlocks[0].split("-");
        List<WorkshopInput.Block> blocks = Arrays.stream(timesAndBlocks[1].split(",")).map(b -> {
            String[] parts = b.strip().split(":");
            String method = parts[0].equals("break") ? null : parts[0];
            return new WorkshopInput.Block(method, Integer.parseInt(parts[1]), null);
        }).toList();
        return new WorkshopInput.Day(null, LocalTime.parse(times[0]), LocalTime.parse(times[1]), blocks);
    }

    private static int[] range(String text) {
        String[] parts = text.split("-");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MethodLibrary.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
