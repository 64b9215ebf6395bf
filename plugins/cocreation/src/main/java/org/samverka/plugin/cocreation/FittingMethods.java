package org.samverka.plugin.cocreation;

import java.util.List;

import org.samverka.api.module.LocalizedText;

/**
 * The workshop methods that fit a step, when a module that has them is there. Only
 * {@link WorkshopFittingMethods} names the workshop plugin's types, so that the rest of this plugin
 * loads and serves without them.
 */
public interface FittingMethods {

    /** The region's methods of the given double-diamond stages. */
    List<Method> methods(String regionId, List<String> stages);

    /** A workshop method as the guide lists it. */
    record Method(String id, String stage, LocalizedText name, int minMinutes, int maxMinutes) {
    }
}
