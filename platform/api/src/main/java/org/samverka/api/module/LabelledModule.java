package org.samverka.api.module;

import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link MethodModule} whose name and description are its labels {@code module.name} and
 * {@code module.description} in {@code labels/<id>_<language>.properties} of its bundle: a
 * plugin's whole description of itself in one constructor call.
 *
 * <pre>{@code
 * @Component(service = MethodModule.class)
 * public final class SurveysModule extends LabelledModule {
 *     public SurveysModule() {
 *         super("surveys", TenantScope.MUNICIPALITY, "Net Promoter Score");
 *     }
 * }
 * }</pre>
 *
 * The labels are read when the module is made, so a missing language file or key fails the
 * plugin's start (see {@link Labels#of(Class, String)}), not a request.
 *
 * @since 1.2
 */
@ConsumerType
public abstract class LabelledModule implements MethodModule {

    private final String id;
    private final TenantScope scope;
    private final String practice;
    private final Labels labels;

    /** With the labels named after the module: {@code labels/<id>_en.properties} and the others. */
    protected LabelledModule(String id, TenantScope scope, String practice) {
        this(id, id, scope, practice);
    }

    /** With labels of another name: {@code labels/<labelsName>_en.properties} and the others. */
    protected LabelledModule(String id, String labelsName, TenantScope scope, String practice) {
        this.id = Objects.requireNonNull(id, "id");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.labels = Labels.of(getClass(), labelsName);
        labels.text("module.name");
        labels.text("module.description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return labels.text("module.name");
    }

    @Override
    public LocalizedText description() {
        return labels.text("module.description");
    }

    @Override
    public final String practice() {
        return practice;
    }

    @Override
    public final TenantScope scope() {
        return scope;
    }

    /** The module's labels, for the plugin's other texts. */
    protected final Labels labels() {
        return labels;
    }
}
