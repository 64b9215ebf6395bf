package org.samverka.plugin.workshop;

import java.util.List;
import java.util.Optional;

/**
 * The methods and templates a workshop may use: the reference library alone, or a region's view
 * of it with the region's own methods and templates after the reference ones.
 */
interface Library {

    List<Method> methods();

    Optional<Method> method(String id);

    List<MethodLibrary.Template> templates();

    Optional<MethodLibrary.Template> template(String id);

    /** The reference library followed by a region's own methods and templates (ids never clash: own ids cannot be reference ids). */
    static Library combined(Library reference, List<Method> ownMethods, List<MethodLibrary.Template> ownTemplates) {
        return new Library() {
            @Override
            public List<Method> methods() {
                return java.util.stream.Stream.concat(reference.methods().stream(), ownMethods.stream()).toList();
            }

            @Override
            public Optional<Method> method(String id) {
                return reference.method(id).or(() -> ownMethods.stream().filter(m -> m.id().equals(id)).findFirst());
            }

            @Override
            public List<MethodLibrary.Template> templates() {
                return java.util.stream.Stream.concat(reference.templates().stream(), ownTemplates.stream()).toList();
            }

            @Override
            public Optional<MethodLibrary.Template> template(String id) {
                return reference.template(id).or(() -> ownTemplates.stream().filter(t -> t.id().equals(id)).findFirst());
            }
        };
    }
}
