package org.samverka.modules.internal;

import java.util.List;
import java.util.Locale;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.ModuleState;
import org.samverka.api.module.TenantScope;

/**
 * A module as {@code /api/v1/modules} shows it: its name and description in every language it
 * ships, and, for a client that just wants to show one, the name and description in the language
 * the caller asked for ({@code ?lang}, else {@code Accept-Language}) or else in English.
 *
 * @param language the language of {@code displayName} and {@code displayDescription}
 */
public record ModuleView(String id, String version, LocalizedText name, LocalizedText description, String practice,
        TenantScope scope, ModuleState state, String language, String displayName, String displayDescription) {

    static ModuleView of(ModuleInfo module, List<Locale> wanted) {
        String language = module.name().languageFor(wanted);
        Locale locale = Locale.forLanguageTag(language);
        return new ModuleView(module.id(), module.version(), module.name(), module.description(), module.practice(),
                module.scope(), module.state(), language, module.name().in(locale), module.description().in(locale));
    }
}
