package org.samverka.logging.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends java.util.logging records to SLF4J, so Jersey's and HK2's messages land in the same
 * console and rolling file as everything else. Logback's LevelChangePropagator (config/logback.xml)
 * keeps JUL's levels in step, so filtered records cost nothing.
 */
@Component(immediate = true)
public final class JavaLoggingBridge {

    @Activate
    public JavaLoggingBridge() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    @Deactivate
    void uninstall() {
        SLF4JBridgeHandler.uninstall();
    }
}
