package org.samverka.testkit;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Boots a {@link Samverka} once per test class annotated {@link SamverkaTest}, and closes it after. */
final class SamverkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SamverkaExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Samverka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    /** The class's platform: the store closes it (an AutoCloseable) when the class is done. */
    private static Samverka running(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getParent().get().getTestClass().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, SamverkaExtension::boot, Samverka.class);
    }

    private static Samverka boot(Class<?> testClass) {
        SamverkaTest settings = testClass.getAnnotation(SamverkaTest.class);
        List<String> modules = settings == null ? List.of() : List.of(settings.modules());
        return Samverka.boot(new Samverka.Setup(RuntimeLocator.runtime(),
                required("samverka.test.data").resolve(testClass.getSimpleName() + "-" + System.currentTimeMillis()),
                plugins(), modules, settings != null && settings.framework()));
    }

    private static List<Path> plugins() {
        String list = System.getProperty("samverka.plugin", "");
        return Arrays.stream(list.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Path required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new ExtensionConfigurationException("System property '" + property + "' is not set: run the test "
                    + "through failsafe with samverka-plugin-parent as the project's parent, or set it yourself.");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
