package io.github.vecnet.kernels.internal;

import java.lang.System.Logger.Level;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Writes the kernels' few start-up lines so that a warning is seen in every set-up. Through SLF4J when it has a
 * provider; otherwise (no provider, or only an SLF4J 1.7 binding, which SLF4J 2 ignores) through
 * {@link System.Logger} (JUL by default, which prints warnings to stderr), as Lucene does for the same reason.
 * Informational lines go to System.Logger at DEBUG, so a set-up without SLF4J is not made noisier by success.
 */
final class StartupNotice {
    static final String LOGGER_NAME = "io.github.vecnet.kernels";

    private StartupNotice() {}

    static void warn(String message) {
        Logger slf4j = slf4jLogger();
        if (slf4j != null) {
            slf4j.warn(message);
        } else {
            System.getLogger(LOGGER_NAME).log(Level.WARNING, message);
        }
    }

    static void info(String message) {
        Logger slf4j = slf4jLogger();
        if (slf4j != null) {
            slf4j.info(message);
        } else {
            System.getLogger(LOGGER_NAME).log(Level.DEBUG, message);
        }
    }

    /** The SLF4J logger if SLF4J delivers messages somewhere, else null. */
    private static Logger slf4jLogger() {
        try {
            return hasProvider() ? LoggerFactory.getLogger(LOGGER_NAME) : null;
        } catch (LinkageError e) {
            return null; // slf4j-api itself missing at run time
        }
    }

    /**
     * SLF4J 2 answers a NOPLoggerFactory both when it found no provider (its fallback) and for slf4j-nop, chosen
     * on purpose; only the service loader tells them apart, and a deliberate NOP is respected.
     */
    static boolean hasProvider() {
        if (!(LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory)) {
            return true;
        }
        if (System.getProperty("slf4j.provider") != null) {
            return true;
        }
        try {
            return ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader())
                    .findFirst()
                    .isPresent();
        } catch (ServiceConfigurationError e) {
            return false;
        }
    }
}
