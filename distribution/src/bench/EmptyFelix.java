import java.nio.file.Files;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The floor for start-up: the Felix framework Samverka launches with, started empty (a fresh
 * bundle cache, no bundles) and stopped. Prints "started" once the framework is active, so the
 * benchmark times it from launch to that line as it times Samverka from launch to /health 200.
 *
 *   java -cp bin/felix.jar EmptyFelix    (compiled first, so that compiling is not timed)
 */
public final class EmptyFelix {

    public static void main(String[] args) throws Exception {
        var cache = Files.createTempDirectory("empty-felix");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework framework = factory.newFramework(Map.of("org.osgi.framework.storage", cache.toString(),
                "org.osgi.framework.storage.clean", "onFirstInit"));
        framework.start();
        System.out.println("started");
        framework.stop();
        framework.waitForStop(10_000);
    }
}
